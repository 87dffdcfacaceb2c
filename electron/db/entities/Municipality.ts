import { EntitySchema } from 'typeorm';
import { baseColumns, type BaseRecord } from './base';
import type { Coordinator } from './Coordinator';

export interface Municipality extends BaseRecord {
  name: string;
  province: string | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
  active: boolean;
  postcodeRanges: string;
  places: string | null;
  coordinators?: Coordinator[];
}

/**
 * Not expressible here, so only in the migration: the unique index UQ_municipality_name on
 * lower("name") (names are unique regardless of case), and the join table's own index
 * IDX_municipality_coordinator_coordinator, where TypeORM instead makes one hash-named index per
 * join column. A PostgreSQL baseline writes these by hand; tests/integration/schema-drift.test.ts
 * lists them.
 */
export const MunicipalityEntity = new EntitySchema<Municipality>({
  name: 'municipality',
  columns: {
    ...baseColumns,
    name: { type: 'varchar', length: 100 },
    province: { type: 'varchar', length: 30, nullable: true },
    email: { type: 'varchar', length: 254, nullable: true },
    phone: { type: 'varchar', length: 30, nullable: true },
    notes: { type: 'text', nullable: true },
    active: { type: 'boolean', default: true },
    postcodeRanges: { type: 'varchar', length: 500, default: '' },
    places: { type: 'varchar', length: 500, nullable: true },
  },
  relations: {
    coordinators: {
      type: 'many-to-many',
      target: 'coordinator',
      inverseSide: 'municipalities',
      // As in the migration: deleting either side removes the link, a changed key is not cascaded
      // (TypeORM's default for a join table would cascade it).
      onDelete: 'CASCADE',
      onUpdate: 'NO ACTION',
      joinTable: {
        name: 'municipality_coordinator',
        joinColumn: { name: 'municipalityId', referencedColumnName: 'id' },
        inverseJoinColumn: { name: 'coordinatorId', referencedColumnName: 'id' },
      },
    },
  },
});
