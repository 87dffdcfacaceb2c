import { z } from 'zod';
import { BACKOFFICE } from './access';
import { isoDate } from './dates';
import { id, optionalEmail, optionalPhone, optionalText, requiredText, version } from './fields';
import type { FileDto } from './invoices';
import { attachedFile } from './matches';
import { operation } from './operation';

export const COVER_KINDS = ['aansprakelijkheid', 'ongevallen', 'rechtsbijstand', 'inzittenden', 'anders'] as const;
export type CoverKind = (typeof COVER_KINDS)[number];
export const COVER_KIND_LABELS: Record<CoverKind, string> = {
  aansprakelijkheid: 'Aansprakelijkheid',
  ongevallen: 'Ongevallen',
  rechtsbijstand: 'Rechtsbijstand',
  inzittenden: 'Inzittenden',
  anders: 'Anders',
};
export const TAKEN_OUT_BY = ['stichting', 'gemeente'] as const;
export const TAKEN_OUT_BY_LABELS = {
  stichting: 'De stichting',
  gemeente: 'Vrijwilligersverzekering van de gemeente',
} as const;

export const INCIDENT_STATUSES = ['gemeld', 'in_behandeling', 'afgewezen', 'uitgekeerd'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  gemeld: 'Gemeld',
  in_behandeling: 'In behandeling',
  afgewezen: 'Afgewezen',
  uitgekeerd: 'Uitgekeerd',
};

export const policyFields = z
  .object({
    insurer: requiredText('Verzekeraar', 100),
    policyNumber: requiredText('Polisnummer', 50),
    coverKind: z.enum(COVER_KINDS, { error: 'Kies de soort dekking.' }),
    coverOther: optionalText('Andere dekking', 100),
    takenOutBy: z.enum(TAKEN_OUT_BY, { error: 'Kies wie de verzekering afsluit.' }),
    allMunicipalities: z.boolean(),
    municipalityIds: z.array(id).max(200),
    familyIds: z.array(id).max(2000),
    startDate: isoDate('Ingangsdatum'),
    endDate: isoDate('Einddatum').nullable(),
    insuredAmounts: optionalText('Verzekerde bedragen', 300),
    contactName: optionalText('Contactpersoon', 100),
    contactEmail: optionalEmail,
    contactPhone: optionalPhone,
    notes: optionalText('Notities', 2000, { multiline: true }),
  })
  .superRefine((value, ctx) => {
    if (value.endDate && value.startDate && value.endDate < value.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'De einddatum ligt vóór de ingangsdatum.' });
    }
    if (!value.allMunicipalities && value.municipalityIds.length === 0 && value.familyIds.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['municipalityIds'],
        message: 'Kies voor welke gemeenten de polis geldt, of "alle gemeenten".',
      });
    }
  });
export type PolicyFormValues = z.input<typeof policyFields>;
export type PolicyFields = z.output<typeof policyFields>;
const policyUpdate = policyFields.safeExtend({ id, version });
export type PolicyUpdate = z.output<typeof policyUpdate>;

export interface CoveredMatchDto {
  matchId: number;
  families: string;
  municipalityName: string;
  startDate: string | null;
  /** The steungezin's adults: the names an insurer's list asks for. */
  volunteers: string;
  /** Covered because the family is on the policy's name list, not by its municipality. */
  byName: boolean;
}

export interface PolicyDto {
  id: number;
  insurer: string;
  policyNumber: string;
  coverKind: CoverKind;
  coverOther: string | null;
  takenOutBy: (typeof TAKEN_OUT_BY)[number];
  allMunicipalities: boolean;
  municipalities: { id: number; name: string }[];
  families: { id: number; name: string }[];
  startDate: string;
  endDate: string | null;
  insuredAmounts: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  notes: string | null;
  hasConditions: boolean;
  coveredMatches: CoveredMatchDto[];
  endsSoon: boolean;
  version: number;
}

export interface InsuranceWarningsDto {
  uncoveredMatches: { matchId: number; families: string; municipalityName: string; startDate: string | null }[];
  endingPolicies: { policyId: number; insurer: string; policyNumber: string; endDate: string }[];
}

export const incidentFields = z.object({
  date: isoDate('Datum'),
  matchId: id,
  policyId: id.nullable(),
  description: requiredText('Wat er gebeurde', 4000, { multiline: true }),
  claimNumber: optionalText('Schadenummer', 50),
  status: z.enum(INCIDENT_STATUSES),
  amountCents: z.number().int().min(0).max(100_000_000).nullable(),
});
export type IncidentFields = z.output<typeof incidentFields>;
export type IncidentFormValues = z.input<typeof incidentFields>;
const incidentUpdate = incidentFields.extend({ id, version });

export interface IncidentDto extends IncidentFields {
  id: number;
  families: string;
  policy: string | null;
  documents: { id: number; fileName: string; createdAt: string }[];
  version: number;
}

export const insuranceOperations = {
  // A policy shows the municipalities, families and matches it covers.
  'policies.list': operation<PolicyDto[]>()(z.object({}), {
    roles: BACKOFFICE,
    reads: ['policy', 'municipality', 'family', 'match'],
  }),
  'policies.create': operation<PolicyDto>()(policyFields, { roles: BACKOFFICE, changes: ['policy'] }),
  'policies.update': operation<PolicyDto>()(policyUpdate, { roles: BACKOFFICE, changes: ['policy'] }),
  'policies.insuredList': operation<FileDto>()(z.object({ id }), {
    roles: BACKOFFICE,
    reads: ['policy', 'family', 'match'],
  }),
  'policies.attachConditions': operation<PolicyDto>()(attachedFile, { roles: BACKOFFICE, changes: ['policy'] }),
  'policies.openConditions': operation<{ id: number }>()(z.object({ id }), { roles: BACKOFFICE, reads: ['policy'] }),
  'insurance.warnings': operation<InsuranceWarningsDto>()(z.object({}), {
    roles: BACKOFFICE,
    reads: ['policy', 'match', 'municipality', 'incident'],
  }),
  'incidents.list': operation<IncidentDto[]>()(z.object({}), {
    roles: BACKOFFICE,
    reads: ['incident', 'policy', 'match', 'family'],
  }),
  'incidents.create': operation<IncidentDto>()(incidentFields, { roles: BACKOFFICE, changes: ['incident'] }),
  'incidents.update': operation<IncidentDto>()(incidentUpdate, { roles: BACKOFFICE, changes: ['incident'] }),
  'incidents.attachDocument': operation<IncidentDto>()(attachedFile, { roles: BACKOFFICE, changes: ['incident'] }),
  'incidents.openDocument': operation<{ id: number }>()(z.object({ id }), { roles: BACKOFFICE, reads: ['incident'] }),
};
