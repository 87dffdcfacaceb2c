import { z } from 'zod';
import { formatPostcodeRanges, parsePostcodeRanges } from '../domain/postcode';
import { EVERYONE } from './access';
import { id, optionalEmail, optionalPhone, optionalText, requiredText, version } from './fields';
import { operation } from './operation';

export const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Friesland',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const;

export const municipalityFields = z.object({
  name: requiredText('Naam', 100),
  province: z.enum(PROVINCES, { error: 'Kies een provincie uit de lijst.' }).nullable(),
  email: optionalEmail,
  phone: optionalPhone,
  notes: optionalText('Notities', 2000, { multiline: true }),
  coordinatorIds: z.array(id).max(20, { error: 'Kies hoogstens 20 coördinatoren.' }),
  /** The werkgebied: 4-digit postcode ranges, e.g. `2000-2099, 2100`. */
  postcodeRanges: z
    .string()
    .max(500, { error: 'Postcodegebied mag hoogstens 500 tekens lang zijn.' })
    .superRefine((value, ctx) => {
      const { error } = parsePostcodeRanges(value);
      if (error) ctx.addIssue({ code: 'custom', message: error });
    })
    .transform((value) => formatPostcodeRanges(parsePostcodeRanges(value).ranges))
    .default(''),
  places: optionalText('Plaatsen', 500).default(null),
});
export type MunicipalityFormValues = z.input<typeof municipalityFields>;
export type MunicipalityFields = z.output<typeof municipalityFields>;

const municipalityUpdate = municipalityFields.extend({ id, version });
export type MunicipalityUpdate = z.output<typeof municipalityUpdate>;

const setActive = z.object({ id, version, active: z.boolean() });
export type SetActive = z.output<typeof setActive>;

const byId = z.object({ id });
export type ById = z.output<typeof byId>;

interface CoordinatorRef {
  id: number;
  name: string;
}

export interface MunicipalityDto {
  id: number;
  name: string;
  province: (typeof PROVINCES)[number] | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
  active: boolean;
  postcodeRanges: string;
  places: string | null;
  coordinators: CoordinatorRef[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const coordinatorFields = z.object({
  name: requiredText('Naam', 100),
  email: optionalEmail,
  phone: optionalPhone,
  notes: optionalText('Notities', 2000, { multiline: true }),
});
export type CoordinatorFormValues = z.input<typeof coordinatorFields>;
export type CoordinatorFields = z.output<typeof coordinatorFields>;

const coordinatorUpdate = coordinatorFields.extend({ id, version });
export type CoordinatorUpdate = z.output<typeof coordinatorUpdate>;

export interface CoordinatorDto {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
  active: boolean;
  municipalities: { id: number; name: string }[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

const noInput = z.object({});

export const municipalityOperations = {
  'municipalities.list': operation<MunicipalityDto[]>()(noInput, {
    roles: EVERYONE,
    reads: ['municipality', 'coordinator'],
  }),
  'municipalities.get': operation<MunicipalityDto>()(byId, { roles: EVERYONE, reads: ['municipality', 'coordinator'] }),
  'municipalities.create': operation<MunicipalityDto>()(municipalityFields, {
    roles: ['financien', 'beheer'],
    changes: ['municipality'],
  }),
  'municipalities.update': operation<MunicipalityDto>()(municipalityUpdate, {
    roles: ['financien', 'beheer'],
    changes: ['municipality'],
  }),
  'municipalities.setActive': operation<MunicipalityDto>()(setActive, {
    roles: ['financien', 'beheer'],
    changes: ['municipality'],
  }),
  'coordinators.list': operation<CoordinatorDto[]>()(noInput, {
    roles: EVERYONE,
    reads: ['coordinator', 'municipality'],
  }),
  'coordinators.create': operation<CoordinatorDto>()(coordinatorFields, {
    roles: ['backoffice', 'beheer'],
    changes: ['coordinator'],
  }),
  'coordinators.update': operation<CoordinatorDto>()(coordinatorUpdate, {
    roles: ['backoffice', 'beheer'],
    changes: ['coordinator'],
  }),
  'coordinators.setActive': operation<CoordinatorDto>()(setActive, {
    roles: ['backoffice', 'beheer'],
    changes: ['coordinator'],
  }),
};
