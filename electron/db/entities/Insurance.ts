import { EntitySchema } from 'typeorm';
import type { CoverKind, IncidentStatus } from '../../../shared/api/insurance';
import { baseColumns, type BaseRecord } from './base';
import { storedFileReference } from './StoredFile';

export interface InsurancePolicy extends BaseRecord {
  insurer: string;
  policyNumber: string;
  coverKind: CoverKind;
  coverOther: string | null;
  takenOutBy: 'stichting' | 'gemeente';
  allMunicipalities: boolean;
  startDate: string;
  endDate: string | null;
  insuredAmounts: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** The policy's conditions, a PDF. */
  conditionsFileId: number | null;
  notes: string | null;
}

export interface Incident extends BaseRecord {
  date: string;
  matchId: number;
  policyId: number | null;
  description: string;
  claimNumber: string | null;
  status: IncidentStatus;
  amountCents: number | null;
}

const text = (length: number) => ({ type: 'varchar' as const, length, nullable: true });

export const InsurancePolicyEntity = new EntitySchema<InsurancePolicy>({
  name: 'insurance_policy',
  columns: {
    ...baseColumns,
    insurer: { type: 'varchar', length: 100 },
    policyNumber: { type: 'varchar', length: 50 },
    coverKind: { type: 'varchar', length: 20 },
    coverOther: text(100),
    takenOutBy: { type: 'varchar', length: 10 },
    allMunicipalities: { type: 'boolean', default: false },
    startDate: { type: 'varchar', length: 10 },
    endDate: text(10),
    insuredAmounts: text(300),
    contactName: text(100),
    contactEmail: text(254),
    contactPhone: text(30),
    conditionsFileId: storedFileReference,
    notes: { type: 'text', nullable: true },
  },
  checks: [
    { expression: `"coverKind" IN ('aansprakelijkheid', 'ongevallen', 'rechtsbijstand', 'inzittenden', 'anders')` },
    { expression: `"takenOutBy" IN ('stichting', 'gemeente')` },
    { expression: `"endDate" IS NULL OR "endDate" >= "startDate"` },
  ],
});

export const IncidentEntity = new EntitySchema<Incident>({
  name: 'insurance_incident',
  columns: {
    ...baseColumns,
    date: { type: 'varchar', length: 10 },
    matchId: { type: 'integer', foreignKey: { target: 'match' } },
    policyId: { type: 'integer', nullable: true, foreignKey: { target: 'insurance_policy' } },
    description: { type: 'text' },
    claimNumber: text(50),
    status: { type: 'varchar', length: 15 },
    amountCents: { type: 'integer', nullable: true },
  },
  checks: [{ expression: `"status" IN ('gemeld', 'in_behandeling', 'afgewezen', 'uitgekeerd')` }],
});
