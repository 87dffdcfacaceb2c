import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { select, sql, type Sql } from '../../electron/db/sql';
import type { ImportPreview, ImportResult } from '../../shared/api/imports';
import {
  TEST_ENGINE,
  fixedClock,
  openTestDatabase,
  queryAsAdministrator,
  testDispatcher,
  type TestDatabase,
} from '../support/database';
import { data, workArea } from '../support/registrations';

let db: TestDatabase;
let api: ReturnType<typeof testDispatcher>;

beforeEach(async () => {
  db = await openTestDatabase();
  api = testDispatcher(db, fixedClock('2026-11-23T09:00:00Z'));
  await workArea(api.dispatch);
});
afterEach(() => db.close());

const HEADER =
  'Soort;Datum aanmelding;Voornaam;Achternaam;Geboortedatum;Voornaam kind;Geboortedatum kind;Straat;Huisnummer;Postcode;Plaats;Telefoon;E-mail;Verwijzer;Soort verwijzer;Hulpvraag';
const ROWS = [
  'vraaggezin;03-11-2026;Renée;Müller-Çelik;12-05-1990;Zoë;01-02-2018;Gedempte Oude Gracht;14a;2011gj;Haarlem;0612345678;renee@voorbeeld.nl;Wijkteam Centrum;wijkteam;Moeder werkt en zorgt alleen.',
  'steungezin;04-11-2026;Hélène;de Vries;30-08-1975;;;Zeeweg;3;2041KP;Zandvoort;;helene@voorbeeld.nl;;;Wij willen graag helpen.',
  'vraaggezin;05-11-2026;Ahmed;Bakker;01-01-1985;Sem;15-06-2015;Kerkstraat;8;2011 AB;Haarlem;023-5123456;;School De Bron;school;',
];

const file = (fileName: string, bytes: Buffer) => ({
  fileName,
  contentBase64: bytes.toString('base64'),
  mapping: null,
});
/** What Excel on a Dutch Windows saves as "CSV (gescheiden door lijstscheidingsteken)": Windows-1252, no BOM. */
const windows1252 = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');

async function preview(input: object) {
  return data<ImportPreview>(await api.dispatch('imports.preview', input));
}

function rows(statement: Sql) {
  return select(db.dataSource.manager, statement);
}

/** A failure halfway through an import: the registration received on `date` cannot be written. */
async function failInsertOfRegistrationReceived(date: string) {
  if (TEST_ENGINE === 'sqlite') {
    await db.dataSource.query(`CREATE TRIGGER fail_last BEFORE INSERT ON registration WHEN NEW.receivedDate = '${date}'
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    return;
  }
  await queryAsAdministrator(
    db,
    `CREATE FUNCTION fail_last() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW."receivedDate" = '${date}' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`,
  );
  await queryAsAdministrator(
    db,
    'CREATE TRIGGER fail_last BEFORE INSERT ON registration FOR EACH ROW EXECUTE FUNCTION fail_last()',
  );
}

async function count(table: string) {
  const [{ n }] = await db.dataSource.query<{ n: number }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
  return n;
}

describe('importing registrations', () => {
  it('reads a semicolon CSV in Windows-1252 with accents, guesses the columns and imports it once', async () => {
    const csv = file('aanmeldingen.csv', windows1252([HEADER, ...ROWS]));
    const checked = await preview(csv);
    expect(checked.headers[3]).toBe('Achternaam');
    expect(checked.mapping).toMatchObject({ kind: 0, lastName: 3, postcode: 9, email: 12, question: 15 });
    expect(checked.counts).toEqual({ new: 3, duplicate: 0, invalid: 0 });
    expect(checked.rows[0].summary).toBe('Renée Müller-Çelik 2011gj');

    expect(data<ImportResult>(await api.dispatch('imports.commit', csv))).toMatchObject({ imported: 3, skipped: 0 });
    const [family] = await select<Record<string, unknown>>(
      db.dataSource.manager,
      sql`SELECT * FROM "family" ORDER BY "id" LIMIT 1`,
    );
    expect(family).toMatchObject({
      postcode: '2011 GJ',
      houseNumber: '14',
      houseNumberAddition: 'a',
      municipalityId: 1,
    });
    expect(await rows(sql`SELECT "firstName" FROM "person" WHERE "role" = 'ouder' ORDER BY "id"`)).toEqual([
      { firstName: 'Renée' },
      { firstName: 'Hélène' },
      { firstName: 'Ahmed' },
    ]);
    expect(await rows(sql`SELECT "channel", "referrerType", "status" FROM "registration" ORDER BY "id"`)).toEqual([
      { channel: 'verwijzer', referrerType: 'wijkteam', status: 'nieuw' },
      { channel: 'zelf', referrerType: null, status: 'nieuw' },
      { channel: 'verwijzer', referrerType: 'school', status: 'nieuw' },
    ]);

    const again = await preview(csv);
    expect(again.counts).toEqual({ new: 0, duplicate: 3, invalid: 0 });
    expect(again.rows[0].messages).toEqual(['Deze rij is al eerder geïmporteerd.']);
    expect(await api.dispatch('imports.commit', csv)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/geen nieuwe/) },
    });
    expect(await count('registration')).toBe(3);
    expect(await count('family')).toBe(3);
  });

  it('reads UTF-8 with a byte order mark and an .xlsx with real date cells', async () => {
    const utf8 = await preview(
      file(
        'bom.csv',
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([HEADER, ROWS[0]].join('\n'), 'utf8')]),
      ),
    );
    expect(utf8.headers[0]).toBe('Soort');
    expect(utf8.rows[0].summary).toBe('Renée Müller-Çelik 2011gj');

    const sheet = [
      HEADER.split(';'),
      ...ROWS.map((row) => row.split(';').map((cell, i) => ([1, 4, 6].includes(i) && cell ? dutchDate(cell) : cell))),
    ];
    const xlsx = file(
      'aanmeldingen.xlsx',
      await writeXlsxFile(
        sheet.map((row) =>
          row.map((value) => (value instanceof Date ? { value, type: Date, format: 'dd-mm-yyyy' } : value)),
        ),
      ).toBuffer(),
    );
    const checked = await preview(xlsx);
    expect(checked.counts).toEqual({ new: 3, duplicate: 0, invalid: 0 });
    expect(data<ImportResult>(await api.dispatch('imports.commit', xlsx)).imported).toBe(3);
    expect(await rows(sql`SELECT "receivedDate" FROM "registration" ORDER BY "id"`)).toEqual([
      { receivedDate: '2026-11-03' },
      { receivedDate: '2026-11-04' },
      { receivedDate: '2026-11-05' },
    ]);
  });

  it('marks every row of a file without a required column invalid and imports nothing', async () => {
    const withoutPostcode = [HEADER, ...ROWS].map((line) =>
      line
        .split(';')
        .filter((_, i) => i !== 9)
        .join(';'),
    );
    const csv = file('zonder-postcode.csv', windows1252(withoutPostcode));
    const checked = await preview(csv);
    expect(checked.counts).toEqual({ new: 0, duplicate: 0, invalid: 3 });
    expect(checked.rows.every((row) => row.messages.includes('Het bestand heeft geen kolom voor Postcode.'))).toBe(
      true,
    );
    expect((await api.dispatch('imports.commit', csv)).ok).toBe(false);
    expect(await count('registration')).toBe(0);
  });

  it('names the row with a bad date, imports the rest, and a failure halfway leaves nothing', async () => {
    const lines = [HEADER, ROWS[0], ROWS[1].replace('04-11-2026', '31-02-2026'), ROWS[2]];
    const csv = file('fout.csv', windows1252(lines));
    const checked = await preview(csv);
    expect(checked.rows.map((row) => [row.rowNumber, row.status, row.messages])).toEqual([
      [2, 'new', []],
      [3, 'invalid', ['Datum aanmelding: "31-02-2026" is geen geldige datum. Gebruik dd-mm-jjjj.']],
      [4, 'new', []],
    ]);

    // The last registration of the file fails to insert, after its family and people went in.
    await failInsertOfRegistrationReceived('2026-11-05');
    expect(await api.dispatch('imports.commit', csv)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect([
      await count('family'),
      await count('person'),
      await count('registration'),
      await count('import_batch'),
    ]).toEqual([0, 0, 0, 0]);

    await queryAsAdministrator(
      db,
      TEST_ENGINE === 'postgres' ? 'DROP TRIGGER fail_last ON registration' : 'DROP TRIGGER fail_last',
    );
    const imported = data<ImportResult>(await api.dispatch('imports.commit', csv));
    expect(imported).toMatchObject({ imported: 2, skipped: 1 });
    // Not batch 1: PostgreSQL's sequences do not roll back, so the failed import used that number up.
    const history = data<{ changes: { field: string; new: unknown }[] }[]>(
      await api.dispatch('audit.history', { entityType: 'import', entityId: imported.id }),
    );
    expect(history[0].changes).toEqual([
      { field: 'fileName', old: null, new: 'fout.csv' },
      { field: 'importedRows', old: null, new: 2 },
      { field: 'skippedRows', old: null, new: 1 },
    ]);
  });

  it('flags a row that matches a known family or an earlier row of the same file', async () => {
    data(await api.dispatch('imports.commit', file('eerste.csv', windows1252([HEADER, ROWS[0]]))));
    const sameAddress = ROWS[2].replace('Kerkstraat;8;2011 AB', 'Gedempte Oude Gracht;14a;2011 GJ');
    const checked = await preview(
      file('tweede.csv', windows1252([HEADER, sameAddress, ROWS[1], ROWS[1].replace('Hélène', 'Helene')])),
    );
    expect(checked.rows.map((row) => row.status)).toEqual(['duplicate', 'new', 'duplicate']);
    expect(checked.rows[0].messages[0]).toMatch(/Lijkt op een bekend gezin \(zelfde adres\)/);
    expect(checked.rows[2].messages[0]).toMatch(/Zelfde gezin als rij 3 van dit bestand/);
  });
});

function dutchDate(value: string): Date {
  const [day, month, year] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}
