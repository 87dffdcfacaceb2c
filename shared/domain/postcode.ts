/** Dutch postcodes: `1234ab`, `1234 AB` and ` 1234AB ` are all stored as `1234 AB`. */
const POSTCODE = /^([1-9]\d{3})\s*([A-Za-z]{2})$/;

export function normalizePostcode(value: string): string | null {
  const match = POSTCODE.exec(value.trim());
  return match ? `${match[1]} ${match[2].toUpperCase()}` : null;
}

export function postcodeDigits(postcode: string): number {
  return Number(postcode.slice(0, 4));
}

export interface PostcodeRange {
  from: number;
  to: number;
}

/** `"2000-2099, 2100"` → ranges; a municipality's werkgebied as the backoffice types it. */
export function parsePostcodeRanges(text: string): { ranges: PostcodeRange[]; error: string | null } {
  const ranges: PostcodeRange[] = [];
  for (const part of text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(\d{4})(?:\s*-\s*(\d{4}))?$/.exec(part);
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (!match || from < 1000 || to < from) {
      // Quoted short: the part is what was typed, and may be a whole pasted page.
      const quoted = part.length > 20 ? `${part.slice(0, 20)}…` : part;
      return { ranges: [], error: `"${quoted}" is geen postcodegebied. Schrijf bijvoorbeeld 2000-2099, 2100.` };
    }
    ranges.push({ from, to });
  }
  return { ranges, error: null };
}

export function rangesContain(ranges: PostcodeRange[], digits: number): boolean {
  return ranges.some((range) => range.from <= digits && digits <= range.to);
}

export function formatPostcodeRanges(ranges: PostcodeRange[]): string {
  return ranges.map(({ from, to }) => (from === to ? String(from) : `${from}-${to}`)).join(', ');
}
