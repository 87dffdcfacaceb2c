import type { DataSource } from 'typeorm';
import { inList, select, sql, type Sql } from '../../electron/db/sql';
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
  search: '',
  limit: 200,
};

async function ok(dispatch: Dispatch, name: string, input: unknown) {
  const response = await dispatch(name, input);
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
  return response.data;
}

/** The same page in plain SQL, by the same steps as the app: count, the page's ids, their details. */
async function queueFloor(dataSource: DataSource, where: Sql) {
  const manager = dataSource.manager;
  await select(manager, sql`SELECT COUNT(*) FROM "registration" "r" WHERE ${where}`);
  const ids = await select<{ id: number }>(
    manager,
    sql`SELECT "r"."id" FROM "registration" "r" WHERE ${where} ORDER BY "r"."receivedDate", "r"."id" LIMIT 200`,
  );
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
const NAME = sql`"r"."familyId" IN (SELECT "p"."familyId" FROM "person" "p"
  WHERE ("p"."lastNameKey" >= 'jans' AND "p"."lastNameKey" < ${prefixEnd('jans')})
    OR ("p"."firstNameKey" >= 'jans' AND "p"."firstNameKey" < ${prefixEnd('jans')}))`;

export async function benchRegistrations(
  dataSource: DataSource,
  dispatch: Dispatch,
  municipalityId: number,
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
    ['search: name prefix "jans", open registrations', { search: 'jans' }, sql`${OPEN} AND ${NAME}`],
    ['search: name prefix "jans", every status', { statuses: [], search: 'jans' }, NAME],
    [
      'search: postcode "2011", every status',
      { statuses: [], search: '2011' },
      sql`"r"."familyId" IN (SELECT "f"."id" FROM "family" "f" WHERE "f"."postcode" >= '2011' AND "f"."postcode" < ${prefixEnd('2011')})`,
    ],
  ];
  const results: Measurement[] = [];
  for (const [name, filter, where] of cases) {
    const app = await measure(runs, () => ok(dispatch, 'registrations.queue', { ...base, ...filter }));
    const floor = await measure(runs, () => queueFloor(dataSource, where));
    results.push({ name, runs, ...app, floor });
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
