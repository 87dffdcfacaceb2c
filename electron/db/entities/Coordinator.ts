import { EntitySchema } from 'typeorm';
import { baseColumns, type BaseRecord } from './base';

export interface Coordinator extends BaseRecord {
  name: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
  active: boolean;
  /** Loaded through the relation; named by shape, as Municipality.ts already imports this file. */
  municipalities?: (BaseRecord & { name: string; active: boolean })[];
}

export const CoordinatorEntity = new EntitySchema<Coordinator>({
  name: 'coordinator',
  columns: {
    ...baseColumns,
    name: { type: 'varchar', length: 100 },
    email: { type: 'varchar', length: 254, nullable: true },
    phone: { type: 'varchar', length: 30, nullable: true },
    notes: { type: 'text', nullable: true },
    active: { type: 'boolean', default: true },
  },
  relations: {
    // The join table's key to the coordinator takes its ON DELETE from this side.
    municipalities: { type: 'many-to-many', target: 'municipality', inverseSide: 'coordinators', onDelete: 'CASCADE' },
  },
});
