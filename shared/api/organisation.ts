import { z } from 'zod';
import { compact, isBic, isKvkNumber, isVatNumber, normalizeIban } from '../domain/invoicing/identifiers';
import { VAT_CATEGORIES, type OrganisationDetails } from '../domain/invoicing/organisation';
import { ADMIN, EVERYONE } from './access';
import { optionalEmail, optionalPhone, optionalPostcode, optionalText, requiredText, version } from './fields';
import { operation } from './operation';

/** An optional identifier: compacted, then checked; '' stays empty. */
function optionalIdentifier(check: (value: string) => boolean, message: string, max: number) {
  return z
    .string()
    .max(max + 10, { error: message })
    .transform((value) => compact(value))
    .refine((value) => value === '' || check(value), { error: message })
    .transform((value) => (value === '' ? null : value));
}

export const kvkField = optionalIdentifier(isKvkNumber, 'Een KvK-nummer heeft 8 cijfers.', 8);

const ibanField = z
  .string()
  .max(50, { error: 'Dit IBAN is te lang.' })
  .refine((value) => value.trim() === '' || normalizeIban(value) !== null, {
    error: 'Dit IBAN klopt niet (controlegetal). Kijk het nummer na, bijvoorbeeld NL91 ABNA 0417 1643 00.',
  })
  .transform((value) => (value.trim() === '' ? null : normalizeIban(value)));

/** 2 MB of picture is plenty for a logo on A4 and keeps the database small. */
const MAX_LOGO_LENGTH = 2_800_000;

/** The details as the form holds them; saving adds the version they were loaded at. */
export const organisationFields = z
  .object({
    name: requiredText('Naam', 100),
    street: optionalText('Adres', 100),
    postcode: optionalPostcode,
    city: optionalText('Plaats', 60),
    email: optionalEmail,
    phone: optionalPhone,
    website: optionalText('Website', 100),
    kvkNumber: kvkField,
    iban: ibanField,
    bic: optionalIdentifier(isBic, 'Vul een geldige BIC in, bijvoorbeeld ABNANL2A.', 11),
    vatCategory: z.enum(VAT_CATEGORIES, { error: 'Kies hoe de stichting tegenover de btw staat.' }),
    vatNumber: optionalIdentifier(isVatNumber, 'Een btw-nummer ziet eruit als NL123456789B01.', 14),
    vatExemptionText: requiredText('Tekst over de btw', 300, { multiline: true }),
    logoDataUrl: z
      .string()
      .max(MAX_LOGO_LENGTH, { error: 'Dit logo is te groot; kies een afbeelding van hoogstens 2 MB.' })
      .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { error: 'Kies een logo als PNG- of JPG-bestand.' })
      .nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.vatCategory === 'O' && value.vatNumber) {
      ctx.addIssue({
        code: 'custom',
        path: ['vatNumber'],
        message: 'Buiten de btw hoort er geen btw-nummer op de factuur; maak dit veld leeg.',
      });
    }
    if (value.vatCategory === 'E' && !value.vatNumber) {
      ctx.addIssue({
        code: 'custom',
        path: ['vatNumber'],
        message: 'Bij vrijstelling van btw is het btw-nummer nodig.',
      });
    }
  });
export const organisationUpdate = organisationFields.safeExtend({ version });
export type OrganisationFormValues = z.input<typeof organisationFields>;
export type OrganisationUpdate = z.output<typeof organisationUpdate>;

export interface OrganisationDto extends OrganisationDetails {
  id: number;
  logoDataUrl: string | null;
  /** What is missing before invoices can be made final. */
  gaps: { path: string; message: string }[];
  version: number;
}

export const organisationOperations = {
  'organisation.get': operation<OrganisationDto>()(z.object({}), { roles: EVERYONE, reads: ['organisation'] }),
  'organisation.update': operation<OrganisationDto>()(organisationUpdate, { roles: ADMIN, changes: ['organisation'] }),
};
