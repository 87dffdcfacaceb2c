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

/**
 * Control characters have no place in typed text: pasted from Word they come along unseen (U+000B
 * for a line break inside a paragraph), and XML cannot hold most of them even escaped, so an
 * e-invoice with one is no XML at all. A multi-line text keeps its line breaks and tabs. Unpaired
 * surrogates and U+FFFE/U+FFFF are no characters, and XML refuses them too.
 */
const CONTROL = /\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/u;
const CONTROL_BUT_LINES = /[^\P{Cc}\t\n\r]|\p{Cs}|[\uFFFE\uFFFF]/u;
const CONTROL_BUT_LINES_ALL = new RegExp(CONTROL_BUT_LINES.source, 'gu');

/** The first control character the text holds, or null; a multi-line text may hold line breaks and tabs. */
export function controlCharacterIn(text: string, multiline: boolean): string | null {
  return (multiline ? CONTROL_BUT_LINES : CONTROL).exec(text)?.[0] ?? null;
}

/** The text without the control characters no document can hold; line breaks and tabs stay. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_BUT_LINES_ALL, '');
}
