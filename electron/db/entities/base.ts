import type { EntitySchemaColumnOptions } from 'typeorm';

/** Columns every entity carries. `version` is checked and raised by the services (optimistic locking). */
export interface BaseRecord {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const baseColumns: Record<keyof BaseRecord, EntitySchemaColumnOptions> = {
  id: { type: 'integer', primary: true, generated: 'increment' },
  version: { type: 'integer', default: 1 },
  createdAt: { type: 'varchar', length: 30 },
  updatedAt: { type: 'varchar', length: 30 },
};
