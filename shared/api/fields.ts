import { z } from 'zod';
import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max';

/** Reusable field schemas with Dutch messages; forms and the main process use the same ones. */

export const id = z.number().int().positive();
export const version = z.number().int().nonnegative();

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} is verplicht.` })
    .trim()
    .min(1, { error: `${label} is verplicht.` })
    .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn.` });
}

/** Optional free text: the form sends '' for empty, the database stores null. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn.` })
    .transform(emptyToNull);
}

const emailShape = z.email();

export const optionalEmail = z
  .string()
  .trim()
  .max(254, { error: 'Dit e-mailadres is te lang.' })
  .refine((value) => value === '' || emailShape.safeParse(value).success, {
    error: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  })
  .transform((value) => emptyToNull(value.toLowerCase()));

export const optionalPhone = z
  .string()
  .trim()
  .refine((value) => value === '' || isValidPhoneNumber(value, 'NL'), {
    error: 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of 023 123 4567.',
  })
  .transform((value) => (value === '' ? null : formatPhone(value)));

/** Dutch numbers in their national notation, foreign ones internationally. */
export function formatPhone(value: string): string {
  const phone = parsePhoneNumberWithError(value, 'NL');
  return phone.country === 'NL' ? phone.formatNational() : phone.formatInternational();
}

function emptyToNull(value: string): string | null {
  return value === '' ? null : value;
}
