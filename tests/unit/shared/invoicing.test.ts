import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../shared/domain/dates';
import { instalmentPeriods } from '../../../shared/domain/invoicing/period';
import { ScheduleError, contractYears, planInstalments } from '../../../shared/domain/invoicing/schedule';
import { sharesError, splitAmount } from '../../../shared/domain/invoicing/split';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const plan = (
  startDate: string,
  endDate: string,
  amountCents: number,
  schedule: Parameters<typeof planInstalments>[1],
) =>
  planInstalments({ startDate, endDate, amountCents }, schedule).map((i) => [
    i.invoiceDate,
    i.amountCents,
    i.shareBasisPoints,
  ]);

describe('splitting an amount', () => {
  it('gives leftover cents to the parts that lost most by rounding, the earlier one on a tie', () => {
    expect(splitAmount(10_000, [1, 1, 1])).toEqual([3334, 3333, 3333]);
    expect(splitAmount(1, [1, 1, 1, 1])).toEqual([1, 0, 0, 0]);
    expect(splitAmount(3, [1, 1, 1, 1])).toEqual([1, 1, 1, 0]);
    expect(splitAmount(10_001, [1, 2])).toEqual([3334, 6667]);
  });

  it('always adds up to exactly the amount, also for odd amounts, credits and many parts', () => {
    for (const [total, weights] of [
      [4_185_000, [1, 1, 1, 1]],
      [9_999_999, [3, 7, 11]],
      [-10_000, [1, 1, 1]],
      [1, [5, 5]],
      [12_345, Array<number>(12).fill(1)],
    ] as const) {
      const parts = splitAmount(total, [...weights]);
      expect(sum(parts)).toBe(total);
      expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(
        weights.every((w) => w === weights[0]) ? 1 : Math.abs(total),
      );
    }
    expect(splitAmount(-10_000, [1, 1, 1])).toEqual([-3334, -3333, -3333]);
  });

  it('refuses what is not an amount in cents or not a set of weights', () => {
    expect(() => splitAmount(10.5, [1])).toThrow(RangeError);
    expect(() => splitAmount(100, [])).toThrow(RangeError);
    expect(() => splitAmount(100, [0, 0])).toThrow(RangeError);
  });

  it('accepts shares that make exactly 100 % and names the sum otherwise', () => {
    expect(sharesError([2500, 2500, 2500, 2500])).toBeNull();
    expect(sharesError([3333, 3333, 3333])).toBe('De delen tellen op tot 99,99 % in plaats van 100 %.');
    expect(sharesError([5000, 5001])).toBe('De delen tellen op tot 100,01 % in plaats van 100 %.');
    expect(sharesError([10_000, 0])).toMatch(/groter zijn dan 0 %/);
  });
});

describe('the real schedules from the proposals', () => {
  it('Haarlem and Zandvoort 2021: 50% early January, 50% early July', () => {
    expect(plan('2021-01-01', '2021-12-31', 5_000_000, { template: 'jan-jul' })).toEqual([
      ['2021-01-01', 2_500_000, 5000],
      ['2021-07-01', 2_500_000, 5000],
    ]);
  });

  it('Bloemendaal and Heemstede, 1 April to 31 December 2021: 50% early April, 50% early September', () => {
    expect(plan('2021-04-01', '2021-12-31', 1_234_567, { template: 'apr-sep' })).toEqual([
      ['2021-04-01', 617_284, 5000],
      ['2021-09-01', 617_283, 5000],
    ]);
  });

  it('Valkenburg pilot, € 41.850 in four parts of 25% on dates the user picked', () => {
    const instalments = ['2024-10-01', '2025-03-01', '2025-10-01', '2026-03-01'].map((invoiceDate) => ({
      invoiceDate,
      shareBasisPoints: 2500,
    }));
    expect(plan('2024-10-01', '2026-09-30', 4_185_000, { template: 'custom', instalments })).toEqual([
      ['2024-10-01', 1_046_250, 2500],
      ['2025-03-01', 1_046_250, 2500],
      ['2025-10-01', 1_046_250, 2500],
      ['2026-03-01', 1_046_250, 2500],
    ]);
  });
});

describe('contracts over several years, starting mid-year, and leap years', () => {
  it('gives every contract year its instalments and the same amount for every full year', () => {
    const instalments = plan('2025-03-01', '2027-02-28', 10_000_001, { template: 'jan-jul' });
    expect(instalments.map(([date]) => date)).toEqual(['2025-07-01', '2026-01-01', '2026-07-01', '2027-01-01']);
    expect(sum(instalments.map(([, cents]) => cents as number))).toBe(10_000_001);
    expect(instalments.map(([, cents]) => cents)).toEqual([2_500_001, 2_500_000, 2_500_000, 2_500_000]);
  });

  it('weighs a short last year by its months and puts its share on the dates it has', () => {
    const instalments = plan('2021-01-01', '2022-03-31', 1_500_000, { template: 'jan-jul' });
    expect(instalments).toEqual([
      ['2021-01-01', 600_000, 4000],
      ['2021-07-01', 600_000, 4000],
      ['2022-01-01', 300_000, 2000],
    ]);
  });

  it('invoices on the start when the template month began before the contract did', () => {
    expect(plan('2025-01-15', '2026-01-14', 100_000, { template: 'jan-jul' }).map(([date]) => date)).toEqual([
      '2025-01-15',
      '2025-07-01',
    ]);
  });

  it('counts contract years in calendar months, also from 29 February and from month ends', () => {
    expect(
      contractYears({ startDate: '2024-02-29', endDate: '2026-02-27', amountCents: 1 }).map((y) => [
        y.start,
        y.end,
        y.months,
      ]),
    ).toEqual([
      ['2024-02-29', '2025-02-27', 12],
      ['2025-02-28', '2026-02-27', 12],
    ]);
    expect(addMonths('2026-08-31', 2)).toBe('2026-10-31');
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });

  it('splits equal parts per year over the months of each contract year', () => {
    expect(
      plan('2026-01-01', '2026-12-31', 120_000, { template: 'equal-per-year', partsPerYear: 4 }).map(
        ([date, cents]) => [date, cents],
      ),
    ).toEqual([
      ['2026-01-01', 30_000],
      ['2026-04-01', 30_000],
      ['2026-07-01', 30_000],
      ['2026-10-01', 30_000],
    ]);
  });

  it('refuses shares that do not make 100 % and an end before the start', () => {
    const bad = [
      { invoiceDate: '2026-01-01', shareBasisPoints: 5000 },
      { invoiceDate: '2026-07-01', shareBasisPoints: 4000 },
    ];
    expect(() => plan('2026-01-01', '2026-12-31', 1000, { template: 'custom', instalments: bad })).toThrow(
      /90 % in plaats van 100 %/,
    );
    expect(() => plan('2026-12-31', '2026-01-01', 1000, { template: 'jan-jul' })).toThrow(ScheduleError);
  });
});

describe('the period each instalment pays for', () => {
  const periods = (startDate: string, endDate: string, amounts: number[]) =>
    instalmentPeriods({ startDate, endDate }, amounts).map((p) => `${p.startDate} t/m ${p.endDate}`);
  const amounts = (startDate: string, endDate: string, schedule: Parameters<typeof planInstalments>[1]) =>
    planInstalments({ startDate, endDate, amountCents: 4_185_000 }, schedule).map((i) => i.amountCents);

  it("gives Valkenburg's four parts of 25 % six months each, whatever their invoice dates", () => {
    expect(periods('2024-10-01', '2026-09-30', [1_046_250, 1_046_250, 1_046_250, 1_046_250])).toEqual([
      '2024-10-01 t/m 2025-03-31',
      '2025-04-01 t/m 2025-09-30',
      '2025-10-01 t/m 2026-03-31',
      '2026-04-01 t/m 2026-09-30',
    ]);
  });

  it("gives a template's instalments their part of the contract year, a short last year included", () => {
    const start = '2024-10-01';
    const end = '2026-06-30';
    expect(periods(start, end, amounts(start, end, { template: 'jan-jul' }))).toEqual([
      '2024-10-01 t/m 2025-03-31',
      '2025-04-01 t/m 2025-09-30',
      '2025-10-01 t/m 2026-06-30',
    ]);
    const year = amounts('2025-01-01', '2025-12-31', { template: 'equal-per-year', partsPerYear: 3 });
    expect(periods('2025-01-01', '2025-12-31', year)).toEqual([
      '2025-01-01 t/m 2025-04-30',
      '2025-05-01 t/m 2025-08-31',
      '2025-09-01 t/m 2025-12-31',
    ]);
  });

  it('counts half a month in days, and a single instalment pays for the whole contract', () => {
    expect(periods('2021-04-01', '2021-12-31', [50, 50])).toEqual([
      '2021-04-01 t/m 2021-08-16',
      '2021-08-17 t/m 2021-12-31',
    ]);
    expect(periods('2025-01-01', '2025-12-31', [4_185_000])).toEqual(['2025-01-01 t/m 2025-12-31']);
  });

  it('always gives periods in order, within the contract, that start before they end and follow each other', () => {
    // The first two have more instalments than days: those share days.
    for (const [start, end, parts, adjoining] of [
      ['2025-01-15', '2025-02-14', 40, false],
      ['2025-03-01', '2025-03-01', 3, false],
      ['2024-01-31', '2024-12-30', 11, true],
      ['2024-02-29', '2029-02-28', 60, true],
    ] as const) {
      const result = instalmentPeriods(
        { startDate: start, endDate: end },
        splitAmount(
          100_000,
          Array.from({ length: parts }, () => 1),
        ),
      );
      expect(result).toHaveLength(parts);
      expect(result[0].startDate).toBe(start);
      expect(result[parts - 1].endDate).toBe(end);
      result.forEach((period, i) => {
        expect(period.startDate <= period.endDate).toBe(true);
        expect(period.endDate <= end).toBe(true);
        if (i > 0) expect(period.startDate >= result[i - 1].startDate).toBe(true);
        if (i > 0 && adjoining) expect(period.startDate).toBe(addDays(result[i - 1].endDate, 1));
      });
    }
  });
});
