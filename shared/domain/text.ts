/** The text of a plain value (a cell, a field); anything else has no text of its own. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}

/**
 * Letters that carry no accent to drop but are written without one on a Dutch keyboard: Turkish ı
 * (dotless i) and others that Unicode does not decompose. Lower case: they are looked up after it.
 */
const PLAIN_LETTERS: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
};
const PLAIN_LETTER = new RegExp(`[${Object.keys(PLAIN_LETTERS).join('')}]`, 'g');
/** Curly quotes and accents typed for an apostrophe ("’t Hart", "D´Souza") are one apostrophe. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

/**
 * Lower case without accents, as typed on a Dutch keyboard: "Súdwest" is found by "sudwest",
 * "Yılmaz" by "yilmaz", "Şahin" by "sahin", "Straße" by "strasse". Compatibility decomposition (NFKD)
 * also splits ligatures such as ĳ. Stored name keys are made with it, so it changes only with a
 * migration that recomputes them (1795400000019, 1795500000012).
 */
export function normalizeText(value: unknown): string {
  return plainText(value)
    .replace(APOSTROPHES, "'")
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(PLAIN_LETTER, (letter) => PLAIN_LETTERS[letter]);
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
