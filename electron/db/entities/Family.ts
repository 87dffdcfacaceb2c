import { EntitySchema } from 'typeorm';
import type { FamilyKind, PersonRole } from '../../../shared/domain/families';
import { baseColumns, type BaseRecord } from './base';
import type { Municipality } from './Municipality';

export interface Person {
  id: number;
  familyId: number;
  family?: Family;
  firstName: string;
  lastName: string;
  birthDate: string;
  role: PersonRole;
  /**
   * The names folded as typed on a Dutch keyboard (`personKeys`), for the search and the duplicate
   * check. The search's trigram index over them, a row of names per family, is made by the
   * migrations alone (`family_search`: SQLite's FTS5 table, PostgreSQL's pg_trgm index), as no entity
   * can describe it.
   */
  firstNameKey: string;
  lastNameKey: string;
}

export interface Family extends BaseRecord {
  kind: FamilyKind;
  street: string;
  houseNumber: string;
  houseNumberAddition: string | null;
  postcode: string;
  place: string;
  phone: string | null;
  email: string | null;
  municipalityId: number | null;
  municipality?: Municipality | null;
  notes: string | null;
  people?: Person[];
}

export const PersonEntity = new EntitySchema<Person>({
  name: 'person',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    familyId: { type: 'integer' },
    firstName: { type: 'varchar', length: 60 },
    lastName: { type: 'varchar', length: 80 },
    birthDate: { type: 'varchar', length: 10 },
    role: { type: 'varchar', length: 10 },
    firstNameKey: { type: 'varchar', length: 60 },
    lastNameKey: { type: 'varchar', length: 80 },
  },
  relations: {
    family: { type: 'many-to-one', target: 'family', joinColumn: { name: 'familyId' }, onDelete: 'CASCADE' },
  },
  indices: [
    { name: 'IDX_person_family', columns: ['familyId'] },
    { name: 'IDX_person_last_name', columns: ['lastNameKey', 'familyId'] },
    { name: 'IDX_person_first_name', columns: ['firstNameKey', 'familyId'] },
    { name: 'IDX_person_birth_date', columns: ['birthDate', 'firstNameKey', 'lastNameKey', 'familyId'] },
  ],
  checks: [{ expression: `"role" IN ('ouder', 'kind', 'overig')` }],
});

export const FamilyEntity = new EntitySchema<Family>({
  name: 'family',
  columns: {
    ...baseColumns,
    kind: { type: 'varchar', length: 5 },
    street: { type: 'varchar', length: 100 },
    houseNumber: { type: 'varchar', length: 5 },
    houseNumberAddition: { type: 'varchar', length: 10, nullable: true },
    postcode: { type: 'varchar', length: 7 },
    place: { type: 'varchar', length: 80 },
    phone: { type: 'varchar', length: 30, nullable: true },
    email: { type: 'varchar', length: 254, nullable: true },
    municipalityId: { type: 'integer', nullable: true },
    notes: { type: 'text', nullable: true },
  },
  relations: {
    municipality: {
      type: 'many-to-one',
      target: 'municipality',
      joinColumn: { name: 'municipalityId' },
      nullable: true,
    },
    people: { type: 'one-to-many', target: 'person', inverseSide: 'family' },
  },
  indices: [
    { name: 'IDX_family_postcode', columns: ['postcode', 'houseNumber'] },
    { name: 'IDX_family_email', columns: ['email'] },
    { name: 'IDX_family_phone', columns: ['phone'] },
  ],
  checks: [{ expression: `"kind" IN ('vraag', 'steun')` }],
});
