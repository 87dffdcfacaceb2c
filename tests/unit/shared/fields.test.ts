import { describe, expect, it } from 'vitest';
import { coordinatorFields } from '../../../shared/api/municipalities';
import { settingsUpdate } from '../../../shared/api/settings';
import { formatDate, formatDateTime, formatFileSize, formatMoney } from '../../../shared/domain/format';

const base = { name: 'Sanne', email: '', phone: '', notes: '' };
const parse = (fields: Partial<typeof base>) => coordinatorFields.safeParse({ ...base, ...fields });

describe('contact fields', () => {
  it.each([
    ['0612345678', '06 12345678'],
    ['+31 6 12345678', '06 12345678'],
    ['023-5123456', '023 512 3456'],
    ['+32 470 12 34 56', '+32 470 12 34 56'],
  ])('accepts the phone number %s and stores it as %s', (input, stored) => {
    expect(parse({ phone: input }).data?.phone).toBe(stored);
  });

  it.each(['12345', '06-1234', 'bel mij', '0612345678901'])('refuses the phone number %s in Dutch', (input) => {
    expect(parse({ phone: input }).error?.issues[0]).toMatchObject({
      path: ['phone'],
      message: expect.stringMatching(/telefoonnummer/),
    });
  });

  it('stores e-mail in lower case and refuses a malformed one', () => {
    expect(parse({ email: ' Info@Gemeente.NL ' }).data?.email).toBe('info@gemeente.nl');
    for (const email of ['info@', 'info.gemeente.nl', 'a b@c.nl']) {
      expect(parse({ email }).error?.issues[0].message).toMatch(/geldig e-mailadres/);
    }
  });

  it('stores empty optional fields as null and refuses an empty name', () => {
    expect(parse({}).data).toEqual({ name: 'Sanne', email: null, phone: null, notes: null });
    expect(parse({ name: '  ' }).error?.issues[0].message).toBe('Naam is verplicht.');
  });
});

describe('control characters, as pasted from Word', () => {
  it.each([
    ['a line break inside a paragraph (U+000B)', 'Súdwest\u000BFryslân'],
    ['a form feed', 'Súdwest\u000CFryslân'],
    ['a NUL', 'Súdwest\u0000'],
    ['DEL', 'Súd\u007Fwest'],
    ['a C1 control', 'Súd\u0085west'],
    ['half a surrogate pair', 'Súd\uD800west'],
    ['a noncharacter', 'Súd\uFFFEwest'],
  ])('refuses %s at the field, in Dutch', (_, name) => {
    expect(parse({ name }).error?.issues).toEqual([
      expect.objectContaining({
        path: ['name'],
        message:
          'Naam bevat een onzichtbaar stuurteken, vaak meegekopieerd uit Word; haal het weg of typ de tekst opnieuw.',
      }),
    ]);
  });

  it('refuses a line break or tab inside a one-line field, and keeps them in a multi-line one', () => {
    for (const name of ['Sanne\nde Vries', 'Sanne\tde Vries', 'Sanne\r\nde Vries']) {
      expect(parse({ name }).error?.issues[0]).toMatchObject({
        path: ['name'],
        message: 'Naam moet op één regel staan; haal de regelovergang of tab weg.',
      });
    }
    expect(parse({ notes: 'eerste regel\r\n\ttweede regel' }).data?.notes).toBe('eerste regel\r\n\ttweede regel');
    expect(parse({ notes: 'regel\u000Bregel' }).error?.issues[0]).toMatchObject({
      path: ['notes'],
      message: expect.stringContaining('Notities bevat een onzichtbaar stuurteken'),
    });
  });

  it('accepts what XML must escape, diacritics and emoji, and trims pasted white space at the ends', () => {
    const name = `Gemeente Súdwest-Fryslân "Sociaal & Zorg" <inkoop> 't Hûs 👪`;
    expect(parse({ name: ` ${name}\u000B\t` }).data?.name).toBe(name);
  });
});

describe('Dutch formatting', () => {
  it('shows amounts in euros with Dutch separators', () => {
    expect(formatMoney(4185000)).toBe('€ 41.850,00');
    expect(formatMoney(1)).toBe('€ 0,01');
    expect(formatMoney(-3333)).toBe('€ -33,33');
  });

  it('shows dates as dd-mm-jjjj', () => {
    expect(formatDate('2026-03-12')).toBe('12-03-2026');
    expect(formatDate(null)).toBe('');
    expect(formatDateTime('2026-03-12T13:05:00Z')).toMatch(/^12-03-2026 \d{2}:05$/);
  });

  it('shows file sizes in bytes, kB and MB with a decimal comma', () => {
    expect(formatFileSize(820)).toBe('820 bytes');
    expect(formatFileSize(12_700)).toBe('12,4 kB');
    expect(formatFileSize(3_250_000)).toBe('3,1 MB');
  });
});

describe('messages a schema does not word itself', () => {
  it('are Dutch too, and say what to fill in rather than which JavaScript type came', () => {
    const result = settingsUpdate.safeParse({ employeeName: 'x'.repeat(5), overdueDays: 14, version: 'een' });
    expect(result.error?.issues[0].message).toBe('Vul een geheel getal in.');
    const missing = settingsUpdate.safeParse({ employeeName: 'x'.repeat(5), overdueDays: 14 });
    expect(missing.error?.issues[0].message).toBe('Dit veld is verplicht.');
  });
});
