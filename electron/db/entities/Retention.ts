import { EntitySchema } from 'typeorm';
import type { RetentionKind } from '../../../shared/domain/privacy/retention';

/** How long one kind of record is kept, and why: one row per kind, written by the migration. */
export interface RetentionRule {
  kind: RetentionKind;
  months: number;
  reason: string;
  version: number;
  updatedAt: string;
}

export const RetentionRuleEntity = new EntitySchema<RetentionRule>({
  name: 'retention_rule',
  columns: {
    kind: { type: 'varchar', length: 20, primary: true },
    months: { type: 'integer' },
    reason: { type: 'varchar', length: 300 },
    version: { type: 'integer', default: 1 },
    updatedAt: { type: 'varchar', length: 30 },
  },
  checks: [{ expression: `"months" >= 1` }],
});

/** That a retention run was done, when and by whom, and how much it anonymised: the reminder counts from it. */
export interface RetentionRun {
  id: number;
  ranAt: string;
  ranBy: string;
  families: number;
  records: number;
}

export const RetentionRunEntity = new EntitySchema<RetentionRun>({
  name: 'retention_run',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    ranAt: { type: 'varchar', length: 30 },
    ranBy: { type: 'varchar', length: 100 },
    families: { type: 'integer' },
    records: { type: 'integer' },
  },
});
