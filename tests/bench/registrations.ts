import type { DataSource } from 'typeorm';
import { inList, perEngine, select, sql, type Sql } from '../../electron/db/sql';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { IMPORT_FIELDS } from '../../shared/api/imports';
import type { QueueQuery } from '../../shared/api/registrations';
import { addDays, isoDateInNetherlands } from '../../shared/domain/dates';
import { OPEN_STATUSES } from '../../shared/domain/registrations/status';
import { prefixEnd } from '../../shared/domain/text';
import { measure, type Measurement } from './harness';
import { size } from './size';

const base: QueueQuery = {
  statuses: OPEN_STATUSES,
  kind: null,
  municipalityId: null,
  outsideWorkArea: false,
  channel: null,
  waitingLongerThanDays: null,
  sort: null,
  filters: [],
  search: '',
  offset: 0,
  limit: 200,
};

async function ok(dispatch: Dispatch, name: string, input: unknown) {
  const response = await dispatch(name, input);
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
  return response.data;
}

/**
 * The same page in plain SQL: the count and the page's ids (for a search in one statement, which
 * finds the matches once; otherwise the count from an index and the page in the index's order),
 * then the page's details.
 */
async function queueFloor(dataSource: DataSource, where: Sql, searched: boolean) {
  const manager = dataSource.manager;
  let ids: { id: number }[];
  if (searched) {
    ids = await select<{ id: number }>(
      manager,
      sql`WITH "hits" AS MATERIALIZED (SELECT "r"."id", "r"."receivedDate" FROM "registration" "r" WHERE ${where})
      SELECT "id", (SELECT COUNT(*) FROM "hits") AS "total" FROM "hits" ORDER BY "receivedDate", "id" LIMIT 200`,
    );
  } else {
    await select(manager, sql`SELECT COUNT(*) FROM "registration" "r" WHERE ${where}`);
    ids = await select<{ id: number }>(
      manager,
      sql`SELECT "r"."id" FROM "registration" "r" WHERE ${where} ORDER BY "r"."receivedDate", "r"."id" LIMIT 200`,
    );
  }
  await select(
    manager,
    sql`SELECT "r"."id", "r"."familyId", "r"."receivedDate", "r"."status", "r"."channel", "r"."referrerOrganisation",
      "r"."handedOverDate", "r"."duplicateSuspected", "r"."familyKind", "f"."postcode", "f"."place", "m"."name", "c"."name",
      (SELECT "p"."lastName" FROM "person" "p" WHERE "p"."familyId" = "f"."id"
        ORDER BY CASE WHEN "p"."role" = 'kind' THEN 1 ELSE 0 END, "p"."id" LIMIT 1)
    FROM "registration" "r" JOIN "family" "f" ON "f"."id" = "r"."familyId"
    LEFT JOIN "municipality" "m" ON "m"."id" = "r"."municipalityId"
    LEFT JOIN "coordinator" "c" ON "c"."id" = "r"."coordinatorId"
    WHERE "r"."id" ${inList(ids.map((row) => row.id))}`,
  );
}

const OPEN = sql`"r"."status" IN ('nieuw', 'in_behandeling', 'wachtlijst')`;
/** The families whose folded names hold `part`, straight from the engine's trigram index. */
const familiesNamed = (part: string) =>
  perEngine({
    sqlite: sql`SELECT "fs"."rowid" AS "id" FROM "family_search" "fs" WHERE "fs"."nameKey" MATCH ${`"${part}"`}`,
    postgres: sql`SELECT "fs"."familyId" AS "id" FROM "family_search" "fs" WHERE "fs"."nameKey" LIKE ${`%${part}%`}`,
  });
/**
 * As the app asks it: on PostgreSQL the open registrations are read from the queue's index and
 * joined to the found families; without a status each found family is looked up in its index.
 */
const named = (part: string, open: boolean) =>
  perEngine({
    sqlite: sql`"r"."familyId" IN (${familiesNamed(part)})`,
    postgres: open
      ? sql`"r"."familyId" IN (${familiesNamed(part)})`
      : sql`"r"."familyId" = ANY (ARRAY(${familiesNamed(part)}))`,
  });

export async function benchRegistrations(
  dataSource: DataSource,
  dispatch: Dispatch,
  municipalityId: number,
  /** Which cases to measure, by name: all of them unless told (search-only.ts measures the searches). */
  only: (name: string) => boolean = () => true,
): Promise<Measurement[]> {
  const runs = size.runs(100);
  const cases: [string, Partial<QueueQuery>, Sql][] = [
    ['queue: open registrations (first 200)', {}, OPEN],
    ['queue: open, one municipality', { municipalityId }, sql`${OPEN} AND "r"."municipalityId" = ${municipalityId}`],
    [
      'queue: every status, waiting > 14 days',
      { statuses: [], waitingLongerThanDays: 14 },
      sql`"r"."receivedDate" < ${addDays(isoDateInNetherlands(new Date()), -14)}`,
    ],
    [
      'queue: steungezinnen via a referrer, every status',
      { statuses: [], kind: 'steun', channel: 'verwijzer' },
      sql`"r"."familyKind" = 'steun' AND "r"."channel" = 'verwijzer'`,
    ],
    ['search: name part "jans", open registrations', { search: 'jans' }, sql`${OPEN} AND ${named('jans', true)}`],
    ['search: name part "jans", every status', { statuses: [], search: 'jans' }, named('jans', false)],
    ['search: name part "heij", open registrations', { search: 'heij' }, sql`${OPEN} AND ${named('heij', true)}`],
    [
      'search: postcode "2011", every status',
      { statuses: [], search: '2011' },
      sql`"r"."familyId" IN (SELECT "f"."id" FROM "family" "f" WHERE "f"."postcode" >= '2011' AND "f"."postcode" < ${prefixEnd('2011')})`,
    ],
  ];
  const results: Measurement[] = [];
  for (const [name, filter, where] of cases.filter(([name]) => only(name))) {
    const app = await measure(runs, () => ok(dispatch, 'registrations.queue', { ...base, ...filter }));
    const floor = await measure(runs, () => queueFloor(dataSource, where, Boolean(filter.search)));
    results.push({ name, runs, ...app, floor });
  }
  return results;
}

/**
 * Gezinnen's page in plain SQL: the newest families' page with the count, straight from the
 * search's index, then their details.
 */
async function familiesFloor(dataSource: DataSource, part: string) {
  const manager = dataSource.manager;
  const ids = await select<{ id: number }>(
    manager,
    sql`WITH "hits" AS MATERIALIZED (${familiesNamed(part)})
    SELECT "id", (SELECT COUNT(*) FROM "hits") AS "total" FROM "hits" ORDER BY "id" DESC LIMIT 200`,
  );
  await select(
    manager,
    sql`SELECT "f"."id", "f"."kind", "f"."street", "f"."houseNumber", "f"."postcode", "f"."place", "m"."name",
      (SELECT "p"."lastName" FROM "person" "p" WHERE "p"."familyId" = "f"."id"
        ORDER BY CASE WHEN "p"."role" = 'kind' THEN 1 ELSE 0 END, "p"."id" LIMIT 1)
    FROM "family" "f" LEFT JOIN "municipality" "m" ON "m"."id" = "f"."municipalityId"
    WHERE "f"."id" ${inList(ids.map((row) => row.id))}`,
  );
}

/**
 * The name search through Gezinnen (families.search): a common start of a name ("jans": Jansen,
 * Janssen, Jansen-de Vries) and a part from the middle of one ("heij": van der Heijden, Heijmans,
 * de Heij). The queue's own search figures are in benchRegistrations.
 */
export async function benchFamilySearch(dataSource: DataSource, dispatch: Dispatch): Promise<Measurement[]> {
  const runs = size.runs(100);
  const results: Measurement[] = [];
  for (const part of ['jans', 'heij']) {
    const input = { kind: null, municipalityId: null, search: part, limit: 200 };
    const app = await measure(runs, () => ok(dispatch, 'families.search', input));
    const floor = await measure(runs, () => familiesFloor(dataSource, part));
    results.push({ name: `families.search: name part "${part}"`, runs, ...app, floor });
  }
  return results;
}

/** A file of `rows` rows (10,000 in the full run) as Dutch Excel saves it: semicolons, Windows-1252, dd-mm-jjjj. */
function importFile(rows: number): { fileName: string; contentBase64: string; mapping: null } {
  const header = IMPORT_FIELDS.map((field) => field.label).join(';');
  const lines = [header];
  const first = ['Renée', 'Jan', 'Fatma', 'Pieter', 'Ingrid', 'Kees', 'Noor', 'Bas', 'Lieke', 'Omar', 'Saskia', 'Tim'];
  const last = [
    'Visser',
    'Çelik',
    'de Jong',
    'Bakker',
    'Smit',
    'Özdemir',
    'Mulder',
    'Hoekstra',
    'Bos',
    'van Dam',
    'Prins',
  ];
  const date = (i: number, from: number) =>
    `${String(1 + (i % 28)).padStart(2, '0')}-${String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')}-${from + (Math.floor(i / 336) % 30)}`;
  for (let i = 0; i < rows; i++) {
    lines.push(
      [
        'vraaggezin',
        '03-11-2026',
        first[i % first.length],
        last[Math.floor(i / 12) % last.length],
        date(i, 1970),
        'Zoë',
        date(i % 6048, 2005),
        'Importstraat',
        String(i + 1),
        '2011 AB',
        'Haarlem',
        '',
        `import${i}@voorbeeld.nl`,
        'Wijkteam',
        'wijkteam',
        '',
        '',
      ].join(';'),
    );
  }
  return {
    fileName: 'bench.csv',
    contentBase64: Buffer.from(lines.join('\r\n'), 'latin1').toString('base64'),
    mapping: null,
  };
}

export interface ImportFigures {
  rows: number;
  preview: number;
  commit: number;
  counts: { new: number; duplicate: number; invalid: number };
}

export async function benchImport(dispatch: Dispatch): Promise<ImportFigures> {
  const file = importFile(size.importRows);
  let start = performance.now();
  const { counts } = (await ok(dispatch, 'imports.preview', file)) as { counts: ImportFigures['counts'] };
  const preview = performance.now() - start;
  start = performance.now();
  await ok(dispatch, 'imports.commit', file);
  return { rows: size.importRows, preview, commit: performance.now() - start, counts };
}
