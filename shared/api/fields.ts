import { parsePhoneNumberFromString, parsePhoneNumberWithError, type PhoneNumber } from 'libphonenumber-js/max';
import { z } from 'zod';
import { normalizePostcode } from '../domain/postcode';
import { controlCharacterIn } from '../domain/text';
import { dutchFieldError } from './dutch-errors';

/** Dutch for whatever a schema does not word itself; every contract file imports this one. */
z.config({ localeError: dutchFieldError });

/** Reusable field schemas with Dutch messages; forms and the main process use the same ones. */

export const id = z.number().int().positive();
export const version = z.number().int().nonnegative();

/** `multiline`: typed in a text area, so line breaks and tabs belong to the text. */
interface TextOptions {
  multiline?: boolean;
}

export function requiredText(label: string, max: number, options: TextOptions = {}) {
  return z
    .string({ error: `${label} is verplicht.` })
    .trim()
    .min(1, { error: `${label} is verplicht.` })
    .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn.` })
    .superRefine(refuseControlCharacters(label, options));
}

/** Optional free text: the form sends '' for empty, the database stores null. */
export function optionalText(label: string, max: number, options: TextOptions = {}) {
  return z
    .string()
    .trim()
    .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn.` })
    .superRefine(refuseControlCharacters(label, options))
    .transform(emptyToNull);
}

/**
 * Every text field refuses control characters at the field, so none reaches a document: an
 * e-invoice cannot hold them, and a final invoice can no longer be corrected.
 */
function refuseControlCharacters(label: string, { multiline = false }: TextOptions) {
  return (value: string, ctx: z.RefinementCtx) => {
    const found = controlCharacterIn(value, multiline);
    if (found === null) return;
    ctx.addIssue({
      code: 'custom',
      message: ['\n', '\r', '\t'].includes(found)
        ? `${label} moet op één regel staan; haal de regelovergang of tab weg.`
        : `${label} bevat een onzichtbaar stuurteken, vaak meegekopieerd uit Word; haal het weg of typ de tekst opnieuw.`,
    });
  };
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

const PHONE_MESSAGE = 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of 023 123 4567.';

/** Parsed once: checked and put in its usual notation in one go. */
export const optionalPhone = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === '') return null;
    const phone = parsePhoneNumberFromString(value, 'NL');
    if (!phone?.isValid()) {
      ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE });
      return z.NEVER;
    }
    return notation(phone);
  });

/** Dutch numbers in their national notation, foreign ones internationally. */
export function formatPhone(value: string): string {
  return notation(parsePhoneNumberWithError(value, 'NL'));
}

function notation(phone: PhoneNumber): string {
  return phone.country === 'NL' ? phone.formatNational() : phone.formatInternational();
}

function emptyToNull(value: string): string | null {
  return value === '' ? null : value;
}

const POSTCODE_MESSAGE = 'Vul een postcode in zoals 1234 AB.';

export const postcodeField = z
  .string()
  .refine((value) => normalizePostcode(value) !== null, { error: POSTCODE_MESSAGE })
  .transform((value) => normalizePostcode(value)!);

export const optionalPostcode = z
  .string()
  .trim()
  .refine((value) => value === '' || normalizePostcode(value) !== null, { error: POSTCODE_MESSAGE })
  .transform((value) => (value === '' ? null : normalizePostcode(value)!));
