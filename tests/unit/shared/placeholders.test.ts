import { describe, expect, it } from 'vitest';
import { breakLongWords } from '../../../electron/services/documents/pdf';
import { fillTemplate, unknownPlaceholders, type PlaceholderValues } from '../../../shared/domain/matches/placeholders';

describe('placeholders are only the list’s own names', () => {
  it('names what every object inherits as unknown', () => {
    expect(unknownPlaceholders('{{constructor}} {{ __proto__ }} {{toString}} {{valueOf}} {{datum}}')).toEqual([
      'constructor',
      '__proto__',
      'toString',
      'valueOf',
    ]);
  });

  it('fills such a name with nothing, never with what the object inherits', () => {
    const values = { datum: '12 maart 2026' } as unknown as PlaceholderValues;
    expect(fillTemplate('Op {{datum}}: {{constructor}}{{__proto__}}{{toString}}.\n{{constructor}}', values)).toEqual([
      { kind: 'paragraph', text: 'Op 12 maart 2026: . ' },
    ]);
  });
});

describe('long words in a PDF', () => {
  it('get a zero-width break opportunity after every 40 characters, and other text stays as it is', () => {
    const broken = breakLongWords(`kort ${'a'.repeat(100)} ook kort`);
    expect(broken).toBe(`kort ${'a'.repeat(40)}\u200b${'a'.repeat(40)}\u200b${'a'.repeat(20)} ook kort`);
    expect(breakLongWords('a'.repeat(40))).toBe('a'.repeat(40));
    expect(breakLongWords('a'.repeat(80))).toBe(`${'a'.repeat(40)}\u200b${'a'.repeat(40)}`);
    expect(breakLongWords('x'.repeat(20_000)).replaceAll('\u200b', '')).toBe('x'.repeat(20_000));
  });
});
