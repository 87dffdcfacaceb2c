import { EntitySchema } from 'typeorm';

/** One change made by one operation to one record; never updated or deleted. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  operation: string;
  entityType: string;
  entityId: number;
  /** JSON array of { field, old, new }. */
  changes: string;
  /** The record's version this change made; null for records without one, and before it was kept. */
  version: number | null;
}

export const AuditEntryEntity = new EntitySchema<AuditEntry>({
  name: 'audit_entry',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    at: { type: 'varchar', length: 30 },
    actor: { type: 'varchar', length: 100 },
    operation: { type: 'varchar', length: 80 },
    entityType: { type: 'varchar', length: 40 },
    entityId: { type: 'integer' },
    changes: { type: 'text' },
    version: { type: 'integer', nullable: true },
  },
  indices: [{ name: 'IDX_audit_entry_record', columns: ['entityType', 'entityId'] }],
});
