import { addDays, addMonths, daysBetween } from '../dates';

/** A stretch of days, both ends included. */
export interface Period {
  startDate: string;
  endDate: string;
}

/**
 * The period each instalment pays for. An instalment is a share of the contract, so laid end to
 * end in their order the instalments divide the contract's period in proportion to their amounts:
 * Valkenburg's four parts of 25 % over two years pay for six months each, and a template's parts
 * for their part of the contract year (a year weighs its months). Counted in calendar months, so
 * a half year is 1 January to 30 June, and within a month in days.
 */
export function instalmentPeriods(contract: Period, amountsCents: number[]): Period[] {
  const end = addDays(contract.endDate, 1);
  const months = monthsBetween(contract.startDate, end);
  const total = amountsCents.reduce((sum, amount) => sum + amount, 0);
  let paid = 0;
  let start = contract.startDate;
  return amountsCents.map((amount, i) => {
    paid += amount;
    const last = i === amountsCents.length - 1;
    const share = total > 0 ? paid / total : (i + 1) / amountsCents.length;
    const next = last ? end : earliest(monthsAfter(contract.startDate, months * share), end);
    // A sliver of a share on a short contract can round to no day at all; it still gets its first day.
    const period = { startDate: start, endDate: next > start ? addDays(next, -1) : start };
    start = earliest(next > start ? next : start, contract.endDate);
    return period;
  });
}

/** Calendar months from one date to another, with the last month's part in days. */
function monthsBetween(from: string, to: string): number {
  let whole = 0;
  while (addMonths(from, whole + 1) <= to) whole += 1;
  const monthStart = addMonths(from, whole);
  return whole + daysBetween(monthStart, to) / daysBetween(monthStart, addMonths(from, whole + 1));
}

/** The date a number of calendar months after `from`, a part of a month rounded to whole days. */
function monthsAfter(from: string, months: number): string {
  // Shares of whole cents leave tiny fractions: 5.9999999 months means six.
  const rounded = Math.round(months * 1e6) / 1e6;
  const whole = Math.floor(rounded);
  const monthStart = addMonths(from, whole);
  const days = daysBetween(monthStart, addMonths(from, whole + 1));
  return addDays(monthStart, Math.round((rounded - whole) * days));
}

function earliest(a: string, b: string): string {
  return a < b ? a : b;
}
