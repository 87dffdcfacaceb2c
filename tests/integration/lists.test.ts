import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRegistrationVolume } from '../../scripts/demo/registrations';
import { contract } from '../../shared/api/contract';
import type { FamilyRow } from '../../shared/api/families';
import type { ExportFileDto, ListPage } from '../../shared/api/lists';
import { QUEUE_COLUMNS, type QueueResult, type RegistrationDto } from '../../shared/api/registrations';
import { fixedClock, openTestDatabase, testDispatcher, type TestDatabase } from '../support/database';
import { data, vraaggezin, workArea } from '../support/registrations';

/**
 * The lists the main process pages (queue, Gezinnen) on 1,200 registrations: order, column filters,
 * search, totals, export and "select all" run over every row, not over the rows a page has loaded.
 */
let db: TestDatabase;
let api: ReturnType<typeof testDispatcher>;
let area: Awaited<ReturnType<typeof workArea>>;
const VOLUME = 1200;
const THIS_WEEK = ['2026-11-23', '2026-11-20', '2026-11-18'];

beforeAll(async () => {
  db = await openTestDatabase();
  api = testDispatcher(db, fixedClock('2026-11-23T09:00:00Z'));
  area = await workArea(api.dispatch);
  // Registrations received from 2020 until October 2026, straight into the tables.
  await seedRegistrationVolume(db.dataSource, VOLUME);
  for (const [index, receivedDate] of THIS_WEEK.entries()) {
    data<RegistrationDto>(
      await api.dispatch('registrations.create', {
        ...vraaggezin({
          municipalityId: area.haarlem,
          email: `week${index}@voorbeeld.nl`,
          people: [
            { firstName: 'Yusuf', lastName: `Weekman${index}`, birthDate: '1990-01-01', role: 'ouder' },
            { firstName: 'Ada', lastName: `Weekman${index}`, birthDate: '2018-01-01', role: 'kind' },
          ],
        }),
        registration: { ...vraaggezin().registration, receivedDate },
        acceptDuplicate: true,
      }),
    );
  }
}, 120_000);
afterAll(() => db.close());

const everyStatus = {
  statuses: [],
  kind: null,
  municipalityId: null,
  outsideWorkArea: false,
  channel: null,
  waitingLongerThanDays: null,
};

async function queue(input: object): Promise<QueueResult> {
  return data<QueueResult>(
    await api.dispatch('registrations.queue', { ...everyStatus, search: '', limit: 20, ...input }),
  );
}

/** Every row that matches, read a window of 2,000 at a time as the page would. */
async function wholeQueue(input: object): Promise<QueueResult['rows']> {
  const rows: QueueResult['rows'] = [];
  for (let offset = 0; ; offset += 2000) {
    const page = await queue({ ...input, offset, limit: 2000 });
    rows.push(...page.rows);
    if (rows.length >= page.total) return rows;
  }
}

async function readXlsx(file: ExportFileDto) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

describe('the queue over all registrations', () => {
  it('sorts newest first over every row: this week comes first, with a small window', async () => {
    const newest = await queue({ sort: { column: 'receivedDate', direction: 'desc' }, limit: 10 });
    expect(newest.total).toBe(VOLUME + THIS_WEEK.length);
    expect(newest.rows.slice(0, 3).map((r) => r.receivedDate)).toEqual(THIS_WEEK);
    expect(newest.rows.slice(0, 3).map((r) => r.familyName)).toEqual([
      'Familie Weekman0',
      'Familie Weekman1',
      'Familie Weekman2',
    ]);
    const oldest = await queue({ sort: { column: 'receivedDate', direction: 'asc' }, limit: 1 });
    const all = await wholeQueue({});
    expect(oldest.rows[0].receivedDate).toBe(all.map((r) => r.receivedDate).sort()[0]);
  });

  it('pages without gaps or repeats in every sortable column and both directions', async () => {
    for (const column of QUEUE_COLUMNS) {
      for (const direction of ['asc', 'desc'] as const) {
        const sort = { column, direction };
        const first = await queue({ sort, limit: 700 });
        const second = await queue({ sort, offset: 700, limit: 700 });
        const ids = [...first.rows, ...second.rows].map((r) => r.id);
        expect({ column, direction, count: new Set(ids).size }).toEqual({
          column,
          direction,
          count: VOLUME + THIS_WEEK.length,
        });
      }
    }
    const byDays = (await wholeQueue({ sort: { column: 'daysWaiting', direction: 'desc' } })).map((r) => r.daysWaiting);
    expect(byDays).toEqual([...byDays].sort((a, b) => b - a));
    const byPlace = (await wholeQueue({ sort: { column: 'place', direction: 'asc' } })).map((r) =>
      r.place.toLowerCase(),
    );
    expect(byPlace).toEqual([...byPlace].sort());
  });

  it('filters per column and searches over every row, and counts what matches', async () => {
    const all = await wholeQueue({});
    const verwijzer = all.filter((r) => r.channel === 'verwijzer');
    const filtered = await queue({ filters: [{ column: 'status', value: 'nieuw' }] });
    expect(filtered.total).toBe(all.filter((r) => r.status === 'nieuw').length);
    // A window of no rows counts what the page's own filters leave: the table's "van N".
    const unfiltered = await queue({ limit: 0 });
    expect({ rows: unfiltered.rows.length, total: unfiltered.total }).toEqual({ rows: 0, total: all.length });
    const place = all[500].place;
    const inPlace = await wholeQueue({ filters: [{ column: 'place', value: place.slice(1, 6).toUpperCase() }] });
    expect(inPlace.length).toBe(
      all.filter((r) => r.place.toLowerCase().includes(place.slice(1, 6).toLowerCase())).length,
    );
    const searched = await wholeQueue({ search: 'weekman' });
    expect(searched.map((r) => r.familyName).sort()).toEqual([
      'Familie Weekman0',
      'Familie Weekman1',
      'Familie Weekman2',
    ]);
    // The column filter on Gezin finds what the search box finds.
    const byColumn = await wholeQueue({ filters: [{ column: 'familyName', value: 'weekman' }] });
    expect(byColumn.map((r) => r.id).sort()).toEqual(searched.map((r) => r.id).sort());
    const both = await wholeQueue({ search: 'jans', filters: [{ column: 'channel', value: 'zelf' }] });
    const jans = new Set((await wholeQueue({ search: 'jans' })).map((r) => r.id));
    const viaZelf = new Set((await wholeQueue({ filters: [{ column: 'channel', value: 'zelf' }] })).map((r) => r.id));
    expect(both.map((r) => r.id).sort()).toEqual([...jans].filter((id) => viaZelf.has(id)).sort());
    expect(verwijzer.length).toBeGreaterThan(0);
    // A typed % or _ is a character to find, not a wildcard.
    expect((await queue({ filters: [{ column: 'place', value: '%' }] })).total).toBe(0);
    expect((await queue({ filters: [{ column: 'coordinator', value: '_' }] })).total).toBe(0);
  });

  it('exports every matching row in order as .xlsx with real dates and numbers, and as CSV', async () => {
    const query = { ...everyStatus, sort: { column: 'receivedDate', direction: 'desc' }, filters: [], search: '' };
    const file = data<ExportFileDto>(await api.dispatch('registrations.queueExport', { ...query, format: 'xlsx' }));
    expect(file.fileName).toBe('wachtrij.xlsx');
    expect(file.rows).toBe(VOLUME + THIS_WEEK.length);
    const sheet = await readXlsx(file);
    expect(sheet.rowCount).toBe(VOLUME + THIS_WEEK.length + 1);
    expect(sheet.getRow(1).getCell(2).value).toBe('Aangemeld');
    const received = sheet.getRow(2).getCell(2).value;
    expect(received).toBeInstanceOf(Date);
    expect((received as Date).toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(typeof sheet.getRow(2).getCell(1).value).toBe('number');
    expect(sheet.getRow(2).getCell(3).value).toBe(0);
    const csv = data<ExportFileDto>(
      await api.dispatch('registrations.queueExport', {
        ...query,
        filters: [{ column: 'status', value: 'nieuw' }],
        format: 'csv',
      }),
    );
    const text = Buffer.from(csv.content, 'base64').toString('utf8');
    expect(text.startsWith('\ufeffAanmelding;Aangemeld;Dagen')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines.length - 1).toBe((await queue({ filters: [{ column: 'status', value: 'nieuw' }] })).total);
    expect(lines[1]).toMatch(/^\d+;23-11-2026;0;Nieuw;/);
  });

  it('applies a bulk action to every registration that matches, across windows', async () => {
    const outside = { ...everyStatus, outsideWorkArea: true };
    const before = await queue({ ...outside, limit: 5 });
    expect(before.total).toBeGreaterThan(5);
    const { ids } = data<{ ids: number[] }>(await api.dispatch('registrations.queueIds', outside));
    expect(ids).toHaveLength(before.total);
    const open = await wholeQueue({ ...outside, statuses: ['nieuw', 'in_behandeling', 'wachtlijst'] });
    const chosen = data<{ ids: number[] }>(
      await api.dispatch('registrations.queueIds', {
        ...outside,
        statuses: ['nieuw', 'in_behandeling', 'wachtlijst'],
      }),
    ).ids;
    expect(chosen.sort()).toEqual(open.map((r) => r.id).sort());
    data(
      await api.dispatch('registrations.bulk', {
        action: 'assignMunicipality',
        ids: chosen,
        municipalityId: area.haarlem,
      }),
    );
    const after = await queue({ ...outside, statuses: ['nieuw', 'in_behandeling', 'wachtlijst'] });
    expect(after.total).toBe(0);
    // "Alle N selecteren" may choose more than a thousand.
    const many = Array.from({ length: 1500 }, (_, i) => i + 1);
    const input = contract['registrations.bulk'].input;
    expect(input.safeParse({ action: 'waitlist', ids: many, reason: 'x' }).success).toBe(true);
  });
});

describe('Gezinnen over all families', () => {
  async function families(input: object): Promise<ListPage<FamilyRow>> {
    return data<ListPage<FamilyRow>>(
      await api.dispatch('families.search', { search: '', kind: null, municipalityId: null, limit: 25, ...input }),
    );
  }

  it('counts, sorts and filters every family, and exports all that match', async () => {
    const all = await families({});
    expect(all.total).toBe(VOLUME + THIS_WEEK.length);
    expect(all.rows).toHaveLength(25);
    const byName = await families({ sort: { column: 'name', direction: 'asc' }, limit: 2000 });
    const names = byName.rows.map((f) => f.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    const last = await families({ sort: { column: 'name', direction: 'desc' }, limit: 1 });
    expect(last.rows[0].name.toLowerCase()).toBe(names[names.length - 1]);
    const steun = await families({ filters: [{ column: 'kind', value: 'steun' }], search: 'de' });
    const steunAll = await families({ kind: 'steun', search: 'de', limit: 2000 });
    expect(steun.total).toBe(steunAll.total);
    expect((await families({ limit: 0 })).total).toBe(all.total);
    expect(steunAll.rows.every((f) => f.kind === 'steun')).toBe(true);

    const file = data<ExportFileDto>(
      await api.dispatch('families.export', { kind: null, municipalityId: null, format: 'xlsx' }),
    );
    const sheet = await readXlsx(file);
    expect(sheet.rowCount - 1).toBe(all.total);
    const csv = data<ExportFileDto>(
      await api.dispatch('families.export', { kind: 'steun', municipalityId: null, search: 'de', format: 'csv' }),
    );
    const lines = Buffer.from(csv.content, 'base64').toString('utf8').trim().split('\r\n');
    expect(lines.length - 1).toBe(steunAll.total);
  });

  it('refuses a column that is not in the list', async () => {
    const refused = await api.dispatch('families.search', {
      search: '',
      kind: null,
      municipalityId: null,
      limit: 5,
      sort: { column: '"id"; DROP TABLE family', direction: 'asc' },
    });
    expect(refused.ok).toBe(false);
  });
});
