import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { select, sql } from '../../electron/db/sql';
import type { ApiResponse } from '../../shared/api/errors';
import {
  MAX_IMPORT_ROWS,
  TOO_MANY_ROWS_MESSAGE,
  type ImportPreview,
  type ImportProgress,
  type ImportResult,
} from '../../shared/api/imports';
import { fixedClock, openTestDatabase, TEST_ENGINE, testDispatcher, type TestDatabase } from '../support/database';
import { csvOf, LARGE_HEADER, largeImportRows, xlsxOf } from '../support/import-file';
import { data, workArea } from '../support/registrations';
import { signInAs } from '../support/sign-in';

let db: TestDatabase;
let api: ReturnType<typeof testDispatcher>;

beforeEach(async () => {
  db = await openTestDatabase();
  api = testDispatcher(db, fixedClock('2026-11-23T09:00:00Z'));
  await workArea(api.dispatch);
});
afterEach(() => db.close());

/** Large enough that reading takes a while; the 200,000-row file is in the benchmark. */
const LARGE = 20_000;
let largeXlsx: Buffer;
beforeAll(async () => {
  largeXlsx = await xlsxOf(largeImportRows(LARGE, 1000));
}, 120_000);

const file = (fileName: string, bytes: Buffer, extra: object = {}) => ({
  fileName,
  contentBase64: bytes.toString('base64'),
  mapping: null,
  ...extra,
});

async function preview(input: object) {
  return data<ImportPreview>(await api.dispatch('imports.preview', input));
}

const queueQuery = {
  statuses: [],
  kind: null,
  municipalityId: null,
  outsideWorkArea: false,
  channel: null,
  waitingLongerThanDays: null,
  search: '',
  limit: 20,
};

/** Asks how far the reading is until the worker has read rows; fails if the preview answered first. */
async function readingStarted(jobId: string, answered: () => boolean) {
  for (;;) {
    const progress = data<ImportProgress>(await api.dispatch('imports.progress', { jobId }));
    if (progress.phase === 'reading' && progress.rowsRead > 0) return progress;
    if (answered()) throw new Error(`the preview answered before its reading was seen (${progress.phase})`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('reading import files in a worker', () => {
  it('recognises Toev., Tussenvoegsel and Naam kind without a mapping and stores 112A as 112 + A', async () => {
    const header =
      'Soort;Datum aanmelding;Voornaam ouder/verzorger;Tussenv.;Naam ouder;Geboortedatum;Naam kind;Geb. datum kind;Straat;Huisnr.;Toev.;Postcode;Plaats';
    const lines = [
      header,
      'vraaggezin;03-11-2026;Renée;de;Vries;12-05-1990;Zoë de Vries;01-02-2018;Schoterweg;112;A;2011 GJ;Haarlem',
      'vraaggezin;04-11-2026;Ahmed;;Bakker;01-01-1985;Sem;15-06-2015;Kerkstraat;8b;;2041 KP;Zandvoort',
      'vraaggezin;05-11-2026;Fleur;;Smit;01-01-1987;Mila;15-06-2016;Dorpsweg 3-2;;;9999 ZZ;Ergens',
    ];
    const checked = await preview(file('verwijzer.csv', Buffer.from(lines.join('\n'), 'utf8')));
    expect(checked.mappingSource).toBe('guessed');
    expect(checked.mapping).toMatchObject({
      firstName: 2,
      infix: 3,
      lastName: 4,
      childFirstName: 6,
      childBirthDate: 7,
      houseNumber: 9,
      houseNumberAddition: 10,
    });
    expect(checked.counts).toEqual({ new: 3, duplicate: 0, invalid: 0 });
    expect(checked.rows.map((row) => [row.summary, row.municipality])).toEqual([
      ['Renée de Vries 2011 GJ', 'Haarlem'],
      ['Ahmed Bakker 2041 KP', 'Zandvoort'],
      ['Fleur Smit 9999 ZZ', null],
    ]);

    data<ImportResult>(
      await api.dispatch('imports.commit', {
        ...file('verwijzer.csv', Buffer.from(lines.join('\n'))),
        mapping: checked.mapping,
      }),
    );
    expect(
      await select(
        db.dataSource.manager,
        sql`SELECT "street", "houseNumber", "houseNumberAddition" FROM "family" ORDER BY "id"`,
      ),
    ).toEqual([
      { street: 'Schoterweg', houseNumber: '112', houseNumberAddition: 'A' },
      { street: 'Kerkstraat', houseNumber: '8', houseNumberAddition: 'b' },
      { street: 'Dorpsweg', houseNumber: '3', houseNumberAddition: '2' },
    ]);
    expect(
      await select(
        db.dataSource.manager,
        sql`SELECT "firstName", "lastName", "role" FROM "person" ORDER BY "id" LIMIT 2`,
      ),
    ).toEqual([
      { firstName: 'Renée', lastName: 'de Vries', role: 'ouder' },
      { firstName: 'Zoë', lastName: 'de Vries', role: 'kind' },
    ]);
  });

  it('applies the mapping this computer remembered for the same header row', async () => {
    const bytes = Buffer.from(['Wie;Wanneer', 'Jan;01-01-2026'].join('\n'));
    const first = await preview(file('eigen.csv', bytes));
    expect(first.mapping.firstName).toBeNull();
    const remembered = [{ layout: first.layout, mapping: { firstName: 0, receivedDate: 1 } }];
    const again = await preview(file('eigen.csv', bytes, { remembered }));
    expect(again.mappingSource).toBe('remembered');
    expect(again.mapping).toMatchObject({ firstName: 0, receivedDate: 1, lastName: null });
  });

  it('says at the file field what a file is when it is not what its name says', async () => {
    const executable = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(4096, 7)]);
    const asCsv = await api.dispatch('imports.preview', file('aanmeldingen.csv', executable));
    expect(asCsv).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/^Dit is geen CSV-bestand/) },
    });
    expect((asCsv as { error: { issues: { path: string }[] } }).error.issues[0].path).toBe('contentBase64');

    const text = Buffer.from('Soort;Datum\nvraag;01-01-2026\n');
    expect(await api.dispatch('imports.preview', file('aanmeldingen.xlsx', text))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Dit is geen Excel-bestand \(\.xlsx\)/) },
    });
    // An .xlsx renamed .csv is a zip: also not a CSV, and said so.
    expect(await api.dispatch('imports.preview', file('lijst.csv', largeXlsx.subarray(0, 5000)))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Dit is geen CSV-bestand/) },
    });
  });

  it(`previews ${LARGE.toLocaleString('nl-NL')} .xlsx rows with a bounded list, problems first, and imports every new row`, async () => {
    const xlsx = file('groot.xlsx', largeXlsx);
    const checked = await preview(xlsx);
    const invalid = LARGE / 1000;
    expect(checked.headers).toEqual(LARGE_HEADER);
    expect(checked.counts).toEqual({ new: LARGE - invalid, duplicate: 0, invalid });
    expect(checked.rows).toHaveLength(5000);
    expect(checked.rows.slice(0, invalid).every((row) => row.status === 'invalid')).toBe(true);
    expect(checked.rows[invalid]).toMatchObject({ status: 'new', rowNumber: 2, municipality: 'Haarlem' });

    const imported = data<ImportResult>(await api.dispatch('imports.commit', { ...xlsx, mapping: checked.mapping }));
    expect(imported).toMatchObject({ imported: LARGE - invalid, skipped: invalid });
    const [{ n }] = await select<{ n: number | string }>(
      db.dataSource.manager,
      sql`SELECT COUNT(*) AS "n" FROM "registration"`,
    );
    expect(Number(n)).toBe(LARGE - invalid);
  }, 180_000);

  it('reads outside the queue: an operation asked while a large file is read answers before its preview', async () => {
    const jobId = randomUUID();
    const order: string[] = [];
    const previewing = api
      // Another name than the other tests': the last reading of a file is kept, and this one must be read.
      .dispatch('imports.preview', file('volgorde.xlsx', largeXlsx, { jobId }))
      .then((response: ApiResponse<unknown>) => {
        order.push('preview');
        return response;
      });
    await readingStarted(jobId, () => order.includes('preview'));
    const queue = await api.dispatch('registrations.queue', queueQuery);
    order.push('queue');
    expect(queue.ok).toBe(true);
    expect((await previewing).ok).toBe(true);
    expect(order).toEqual(['queue', 'preview']);
    expect(data<ImportProgress>(await api.dispatch('imports.progress', { jobId })).phase).toBe('done');
  }, 120_000);

  it('cancels a running read: the preview answers "Import geannuleerd."', async () => {
    const jobId = randomUUID();
    let answered = false;
    const previewing = api.dispatch('imports.preview', file('annuleren.xlsx', largeXlsx, { jobId })).finally(() => {
      answered = true;
    });
    await readingStarted(jobId, () => answered);
    expect(data(await api.dispatch('imports.cancel', { jobId }))).toEqual({ cancelled: true });
    expect(await previewing).toMatchObject({ ok: false, error: { message: 'Import geannuleerd.' } });
    expect(data(await api.dispatch('imports.cancel', { jobId }))).toEqual({ cancelled: false });
    expect(data(await api.dispatch('imports.cancel', { jobId: randomUUID() }))).toEqual({ cancelled: false });
  }, 120_000);

  it('refuses a file of more rows than one import takes, at the file field, without importing any', async () => {
    const tooMany = csvOf(largeImportRows(MAX_IMPORT_ROWS + 1));
    const refused = await api.dispatch('imports.preview', file('alles-sinds-2014.csv', tooMany));
    expect(refused).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'contentBase64', message: TOO_MANY_ROWS_MESSAGE }] },
    });
    expect(await api.dispatch('imports.commit', file('alles-sinds-2014.csv', tooMany))).toMatchObject({ ok: false });
    const [{ n }] = await db.dataSource.query<{ n: number }[]>('SELECT COUNT(*) AS n FROM "registration"');
    expect(Number(n)).toBe(0);
  }, 120_000);

  it.runIf(TEST_ENGINE === 'postgres')('reads no file for a colleague whose role may not import', async () => {
    const finance = await signInAs(db, 'bg_test_financien', ['financien']);
    try {
      const jobId = randomUUID();
      const refused = await finance.dispatch('imports.preview', file('lijst.xlsx', largeXlsx, { jobId }));
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(data<ImportProgress>(await api.dispatch('imports.progress', { jobId })).rowsRead).toBe(0);
    } finally {
      await finance.close();
    }
  });
});
