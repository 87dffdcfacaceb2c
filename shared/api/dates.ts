import { z } from 'zod';
import { isValidIsoDate } from '../domain/dates';

/** A calendar date as ISO `YYYY-MM-DD` (date pickers deliver this; users see dd-mm-jjjj). */
export function isoDate(label: string) {
  return z
    .string({ error: `${label} is verplicht.` })
    .min(1, { error: `${label} is verplicht.` })
    .refine(isValidIsoDate, { error: `${label} is geen geldige datum.` });
}
