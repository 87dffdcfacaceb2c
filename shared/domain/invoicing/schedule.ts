import { addDays, addMonths } from '../dates';
import { WHOLE, sharesError, splitAmount } from './split';

/**
 * Invoice schedules of municipality contracts. A contract year runs twelve months from the start
 * date (the last one ends with the contract); every template places its instalments within each
 * contract year, and the amount of a year is in proportion to its months.
 */
export const TEMPLATES = ['jan-jul', 'apr-sep', 'equal-per-year', 'custom'] as const;
export type ScheduleTemplate = (typeof TEMPLATES)[number];

export const TEMPLATE_LABELS: Record<ScheduleTemplate, string> = {
  'jan-jul': '50/50 januari–juli',
  'apr-sep': '50/50 april–september',
  'equal-per-year': 'Gelijke delen per jaar',
  custom: 'Eigen lijst (bijvoorbeeld 4 × 25%)',
};

export interface Contract {
  startDate: string;
  endDate: string;
  amountCents: number;
}

export interface PlannedInstalment {
  invoiceDate: string;
  shareBasisPoints: number;
  amountCents: number;
}

export type ScheduleInput =
  | { template: 'jan-jul' | 'apr-sep' }
  | { template: 'equal-per-year'; partsPerYear: number }
  | { template: 'custom'; instalments: { invoiceDate: string; shareBasisPoints: number }[] };

export class ScheduleError extends Error {}

/** Divisible by every number of dates a year can have (1 to 12), so weights stay whole numbers. */
const EVERY_COUNT = 27_720;

const HALF_YEAR_MONTHS: Record<'jan-jul' | 'apr-sep', [number, number]> = { 'jan-jul': [1, 7], 'apr-sep': [4, 9] };

/** The instalments of a contract: dates in order, shares and cents that add up to exactly the contract. */
export function planInstalments(contract: Contract, schedule: ScheduleInput): PlannedInstalment[] {
  if (contract.endDate < contract.startDate) throw new ScheduleError('De einddatum ligt vóór de begindatum.');
  const planned = schedule.template === 'custom' ? customPlan(schedule.instalments) : yearlyPlan(contract, schedule);
  const amounts = splitAmount(
    contract.amountCents,
    planned.map((p) => p.weight),
  );
  const shares = splitAmount(
    WHOLE,
    planned.map((p) => p.weight),
  );
  return planned.map((p, i) => ({ invoiceDate: p.invoiceDate, shareBasisPoints: shares[i], amountCents: amounts[i] }));
}

function customPlan(instalments: { invoiceDate: string; shareBasisPoints: number }[]) {
  if (instalments.length === 0) throw new ScheduleError('Voeg minstens één termijn toe.');
  const error = sharesError(instalments.map((i) => i.shareBasisPoints));
  if (error) throw new ScheduleError(error);
  return [...instalments]
    .sort((a, b) => a.invoiceDate.localeCompare(b.invoiceDate))
    .map((i) => ({ invoiceDate: i.invoiceDate, weight: i.shareBasisPoints }));
}

function yearlyPlan(contract: Contract, schedule: Exclude<ScheduleInput, { template: 'custom' }>) {
  const plan: { invoiceDate: string; weight: number }[] = [];
  for (const year of contractYears(contract)) {
    const inYear = (
      schedule.template === 'equal-per-year'
        ? Array.from({ length: partsPerYear(schedule.partsPerYear) }, (_, k) =>
            addMonths(year.start, Math.floor((12 * k) / schedule.partsPerYear)),
          )
        : HALF_YEAR_MONTHS[schedule.template].map((month) => firstOfMonthWithin(year, month))
    ).filter((date): date is string => date !== null && date <= year.end);
    const dates = inYear.length > 0 ? inYear : [year.start];
    for (const invoiceDate of dates) plan.push({ invoiceDate, weight: (year.months * EVERY_COUNT) / dates.length });
  }
  return plan.sort((a, b) => a.invoiceDate.localeCompare(b.invoiceDate));
}

function partsPerYear(parts: number): number {
  if (!Number.isInteger(parts) || parts < 1 || parts > 12)
    throw new ScheduleError('Kies 1 tot en met 12 delen per jaar.');
  return parts;
}

interface ContractYear {
  start: string;
  end: string;
  /** Months the year covers (12, or fewer for a short last or only year); its weight in the amount. */
  months: number;
}

export function contractYears(contract: Contract): ContractYear[] {
  const years: ContractYear[] = [];
  for (let k = 0; ; k++) {
    const start = addMonths(contract.startDate, 12 * k);
    if (start > contract.endDate) break;
    const fullEnd = addDays(addMonths(contract.startDate, 12 * (k + 1)), -1);
    const end = fullEnd < contract.endDate ? fullEnd : contract.endDate;
    years.push({ start, end, months: monthsCovered(start, end) });
  }
  return years;
}

/** Whole months from start to end, a started month counting as one. */
function monthsCovered(start: string, end: string): number {
  let months = 0;
  while (addMonths(start, months) <= end) months += 1;
  return months;
}

/**
 * The first of the month within the contract year, or null when the (short) year has no such
 * month; when the month started before the year did (a contract from 15 January), the year's start.
 */
function firstOfMonthWithin(year: ContractYear, month: number): string | null {
  const startYear = Number(year.start.slice(0, 4));
  for (const calendarYear of [startYear, startYear + 1]) {
    const first = `${calendarYear}-${String(month).padStart(2, '0')}-01`;
    const monthEnd = addDays(addMonths(first, 1), -1);
    if (monthEnd >= year.start && first <= year.end) return first < year.start ? year.start : first;
  }
  return null;
}
