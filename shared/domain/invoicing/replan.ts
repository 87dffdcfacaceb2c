import { formatMoney } from '../format';
import type { PlannedInstalment } from './schedule';
import { ScheduleError } from './schedule';
import { WHOLE, splitAmount } from './split';

export interface ScheduledInstalment {
  sequence: number;
  invoiceDate: string;
  shareBasisPoints: number;
  amountCents: number;
  /** Billed by an invoice (concept or final): it keeps its date and amount whatever changes. */
  locked: boolean;
  /** A locked instalment's number before this change, so its stored row can follow it. */
  previousSequence?: number;
}

/**
 * The schedule after a contract change. Invoiced instalments stay exactly as they are; they stand
 * for the earliest instalments of the new plan, and what the contract has left is split over the
 * rest of the plan in proportion to their planned amounts (largest remainder, so it adds up). A new
 * contract is the case without invoiced instalments.
 */
export function replanInstalments(
  current: ScheduledInstalment[],
  plan: PlannedInstalment[],
  amountCents: number,
): ScheduledInstalment[] {
  const locked = current.filter((instalment) => instalment.locked);
  const invoiced = locked.reduce((sum, instalment) => sum + instalment.amountCents, 0);
  const left = amountCents - invoiced;
  if (left < 0) {
    throw new ScheduleError(
      `Er is al ${formatMoney(invoiced)} gefactureerd; het bedrag van de opdracht kan niet lager zijn. Maak eerst een creditfactuur.`,
    );
  }
  const rest = left === 0 ? [] : plan.slice(locked.length);
  if (rest.length === 0 && left > 0) {
    throw new ScheduleError(
      `Alle termijnen zijn al gefactureerd; voor de overige ${formatMoney(left)} is geen termijn meer. Voeg een termijn toe.`,
    );
  }
  const weights = rest.map((instalment) => instalment.amountCents);
  const amounts =
    rest.length === 0 ? [] : splitAmount(left, weights.some((w) => w > 0) ? weights : weights.map(() => 1));
  // A part of € 0,00 (one cent over four parts) is not worth an invoice.
  const open = rest
    .map((instalment, i) => ({
      sequence: 0,
      invoiceDate: instalment.invoiceDate,
      shareBasisPoints: 0,
      amountCents: amounts[i],
      locked: false,
    }))
    .filter((instalment) => instalment.amountCents > 0);
  const all = [...locked, ...open].sort(
    (a, b) =>
      a.invoiceDate.localeCompare(b.invoiceDate) || Number(b.locked) - Number(a.locked) || a.sequence - b.sequence,
  );
  const shares = splitAmount(
    WHOLE,
    all.map((instalment) => instalment.amountCents),
  );
  return all.map((instalment, i) => ({
    ...instalment,
    previousSequence: instalment.locked ? instalment.sequence : undefined,
    sequence: i + 1,
    shareBasisPoints: shares[i],
  }));
}
