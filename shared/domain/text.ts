/** The text of a plain value (a cell, a field); anything else has no text of its own. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}

/** Lower case without accents, so "Súdwest" is found by "sudwest". */
export function normalizeText(value: unknown): string {
  return plainText(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The upper bound of a prefix search on a normalised key: `key >= prefix AND key < prefixEnd(prefix)`. */
export function prefixEnd(prefix: string): string {
  return prefix + '\uffff';
}
