import { EntitySchema } from 'typeorm';
import type { ErasureKind } from '../../../shared/api/privacy';

/**
 * That a family was erased ("vergeten"): when, by whom and why. Never what was erased: no id, no
 * name, so the log cannot lead back to the family. Only added to.
 */
export interface ErasureLog {
  id: number;
  erasedAt: string;
  /** The actor as the audit trail names them (on PostgreSQL the login, stamped by the server). */
  erasedBy: string;
  /** As the user typed it. */
  reason: string;
  kind: ErasureKind;
}

export const ErasureLogEntity = new EntitySchema<ErasureLog>({
  name: 'erasure_log',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    erasedAt: { type: 'varchar', length: 30 },
    erasedBy: { type: 'varchar', length: 100 },
    reason: { type: 'varchar', length: 500 },
    kind: { type: 'varchar', length: 15 },
  },
  checks: [{ expression: `"kind" IN ('verzoek', 'bewaartermijn')` }],
});
