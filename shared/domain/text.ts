/** Lower case without accents, so "Súdwest" is found by "sudwest". */
export function normalizeText(value: unknown): string {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The upper bound of a prefix search on a normalised key: `key >= prefix AND key < prefixEnd(prefix)`. */
export function prefixEnd(prefix: string): string {
  return prefix + '\uffff';
}
