import { IMPORT_FIELDS, type ImportFile, type ImportMapping, type ImportPreview } from '../../../shared/api/imports';
import { normalizeText } from '../../../shared/domain/text';

export interface ResolvedMapping {
  mapping: ImportMapping;
  source: ImportPreview['mappingSource'];
}

/** Guesses which column fills which field from the header names; a column fills one field at most. */
export function guessMapping(headers: string[]): ImportMapping {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const mapping: ImportMapping = {};
  for (const field of IMPORT_FIELDS) {
    const names = [field.label, ...field.aliases].map(headerKey);
    const index = keys.findIndex((key, i) => !taken.has(i) && names.includes(key));
    mapping[field.key] = index >= 0 ? index : null;
    if (index >= 0) taken.add(index);
  }
  return mapping;
}

/** "E-mail", "e mail", "E_Mail " and "Toev." become "e mail" and "toev". */
export function headerKey(header: string): string {
  return normalizeText(header)
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
}

/** The header row as one key: the same columns in the same order give the same layout. */
export function layoutOf(headers: string[]): string {
  return headers.map(headerKey).join('|');
}

/**
 * The mapping a request asks for: its own, else the one this computer remembered for the layout,
 * else the guess. A remembered column beyond the header row (another file, same names) is dropped.
 */
export function resolveMapping(file: Pick<ImportFile, 'mapping' | 'remembered'>, headers: string[]): ResolvedMapping {
  if (file.mapping) return { mapping: file.mapping, source: 'chosen' };
  const layout = layoutOf(headers);
  const remembered = file.remembered?.find((entry) => entry.layout === layout);
  if (remembered) {
    const mapping: ImportMapping = {};
    for (const field of IMPORT_FIELDS) {
      const index = remembered.mapping[field.key];
      mapping[field.key] = typeof index === 'number' && index < headers.length ? index : null;
    }
    return { mapping, source: 'remembered' };
  }
  return { mapping: guessMapping(headers), source: 'guessed' };
}
