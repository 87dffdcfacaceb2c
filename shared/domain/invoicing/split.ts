/**
 * Splits an amount in whole cents over parts in proportion to their weights, by largest remainder:
 * the parts always add up to exactly the amount, and a leftover cent goes to the part that lost the
 * most by rounding down (the earlier part on a tie). € 100,00 in three is 33,34 + 33,33 + 33,33.
 */
export function splitAmount(totalCents: number, weights: number[]): number[] {
  if (!Number.isInteger(totalCents)) throw new RangeError('amount must be whole cents');
  if (weights.length === 0 || weights.some((w) => !Number.isInteger(w) || w < 0) || weights.every((w) => w === 0)) {
    throw new RangeError('weights must be non-negative integers, not all zero');
  }
  const sign = totalCents < 0 ? -1 : 1;
  const total = Math.abs(totalCents);
  const sum = weights.reduce((a, b) => a + b, 0);
  // Integer arithmetic throughout: floor and remainder of total * weight / sum, exact for any euro amount.
  const parts = weights.map((weight) => ({
    cents: Math.floor((total * weight) / sum),
    remainder: (total * weight) % sum,
  }));
  let left = total - parts.reduce((a, p) => a + p.cents, 0);
  const order = parts.map((_, i) => i).sort((a, b) => parts[b].remainder - parts[a].remainder || a - b);
  for (const i of order) {
    if (left === 0) break;
    parts[i].cents += 1;
    left -= 1;
  }
  return parts.map((p) => sign * p.cents || 0);
}

/** Shares in basis points (1 % = 100) must make exactly 100 %. */
export const WHOLE = 10_000;

export function sharesError(sharesBasisPoints: number[]): string | null {
  if (sharesBasisPoints.some((share) => !Number.isInteger(share) || share <= 0)) {
    return 'Elk deel moet groter zijn dan 0 % (in hoogstens twee decimalen).';
  }
  const sum = sharesBasisPoints.reduce((a, b) => a + b, 0);
  if (sum !== WHOLE) return `De delen tellen op tot ${formatPercent(sum)} in plaats van 100 %.`;
  return null;
}

export function formatPercent(basisPoints: number): string {
  return `${(basisPoints / 100).toLocaleString('nl-NL', { maximumFractionDigits: 2 })} %`;
}
