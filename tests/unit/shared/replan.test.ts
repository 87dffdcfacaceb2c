import { describe, expect, it } from 'vitest';
import { replanInstalments, type ScheduledInstalment } from '../../../shared/domain/invoicing/replan';
import { ScheduleError, planInstalments } from '../../../shared/domain/invoicing/schedule';

const quarters = (amountCents: number) =>
  planInstalments(
    { startDate: '2024-10-01', endDate: '2026-09-30', amountCents },
    {
      template: 'custom',
      instalments: ['2024-10-01', '2025-03-01', '2025-10-01', '2026-03-01'].map((invoiceDate) => ({
        invoiceDate,
        shareBasisPoints: 2500,
      })),
    },
  );
const stored = (amounts: number[], lockedCount: number): ScheduledInstalment[] =>
  quarters(amounts.reduce((a, b) => a + b, 0)).map((p, i) => ({
    ...p,
    sequence: i + 1,
    amountCents: amounts[i],
    locked: i < lockedCount,
  }));
const rows = (schedule: ScheduledInstalment[]) =>
  schedule.map((i) => [i.sequence, i.amountCents, i.locked, i.shareBasisPoints]);

describe('recomputing a schedule after a contract change', () => {
  it('plans a new contract as is', () => {
    expect(rows(replanInstalments([], quarters(4_185_000), 4_185_000))).toEqual([
      [1, 1_046_250, false, 2500],
      [2, 1_046_250, false, 2500],
      [3, 1_046_250, false, 2500],
      [4, 1_046_250, false, 2500],
    ]);
  });

  it('leaves invoiced instalments alone and splits what is left over the rest, to the cent', () => {
    const schedule = replanInstalments(
      stored([1_046_250, 1_046_250, 1_046_250, 1_046_250], 2),
      quarters(4_185_001),
      4_185_001,
    );
    expect(schedule.map((i) => i.amountCents)).toEqual([1_046_250, 1_046_250, 1_046_251, 1_046_250]);
    expect(schedule.reduce((a, i) => a + i.amountCents, 0)).toBe(4_185_001);
    expect(schedule.map((i) => i.previousSequence)).toEqual([1, 2, undefined, undefined]);
  });

  it('drops the open instalments once everything is invoiced, and refuses an amount below what was invoiced', () => {
    expect(rows(replanInstalments(stored([100, 100, 100, 100], 4), quarters(400), 400))).toHaveLength(4);
    expect(() => replanInstalments(stored([100, 100, 100, 100], 2), quarters(150), 150)).toThrow(ScheduleError);
    expect(() => replanInstalments(stored([100, 100, 100, 100], 4), quarters(500), 500)).toThrow(/geen termijn meer/);
  });

  it('skips instalments of € 0,00 when a cent is split over four parts', () => {
    expect(rows(replanInstalments([], quarters(1), 1))).toEqual([[1, 1, false, 10_000]]);
  });
});
