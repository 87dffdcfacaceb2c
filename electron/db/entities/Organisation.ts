import { EntitySchema } from 'typeorm';
import type { OrganisationDetails } from '../../../shared/domain/invoicing/organisation';
import { baseColumns, type BaseRecord } from './base';

/** Buurtgezinnen's own details (the single row with id 1), printed on every invoice. */
export interface Organisation extends BaseRecord, OrganisationDetails {
  logoDataUrl: string | null;
}

export const ORGANISATION_ID = 1;

const text = (length: number) => ({ type: 'varchar' as const, length, nullable: true });

export const OrganisationEntity = new EntitySchema<Organisation>({
  name: 'organisation',
  columns: {
    ...baseColumns,
    name: { type: 'varchar', length: 100 },
    street: text(100),
    postcode: text(7),
    city: text(60),
    email: text(254),
    phone: text(30),
    website: text(100),
    kvkNumber: text(8),
    iban: text(34),
    bic: text(11),
    vatCategory: { type: 'varchar', length: 1, default: 'O' },
    vatNumber: text(14),
    vatExemptionText: { type: 'varchar', length: 300 },
    logoDataUrl: { type: 'text', nullable: true },
  },
  checks: [{ expression: `"vatCategory" IN ('O', 'E')` }],
});
