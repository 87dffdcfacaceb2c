import { createHash } from 'node:crypto';
import { In, type EntitySchema, type ObjectLiteral } from 'typeorm';
import {
  PREVIEW_ROW_LIMIT,
  type ImportFile,
  type ImportPreview,
  type ImportResult,
  type ImportRowDto,
} from '../../../shared/api/imports';
import type { RegistrationCreate } from '../../../shared/api/registrations';
import { FamilyEntity, PersonEntity } from '../../db/entities/Family';
import { ImportBatchEntity, RegistrationEntity, RegistrationStatusChangeEntity } from '../../db/entities/Registration';
import { insertingFamilies } from '../../db/family-search';
import { join, raw, select, sql } from '../../db/sql';
import { timestamp, currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { DomainError } from '../errors';
import { DuplicateIndex, duplicatesInputOf } from '../registrations/duplicates';
import { personKeys } from '../registrations/families';
import { WorkAreas } from '../registrations/work-area';
import { finishJob, forgetRead, preparedRead, type ReadFile } from './read-job';
import type { CheckedRow } from './rows';

/** Rows per INSERT: well under the values one statement may hold (SQLite 32,766, PostgreSQL 65,535). */
const CHUNK = 1000;

interface Checked {
  rows: ImportRowDto[];
  counts: ImportPreview['counts'];
  fresh: CheckedRow[];
}

/**
 * The last check of a file per database. A commit right after its preview reuses it when the file,
 * the mapping and everything the check read are unchanged; otherwise the file is checked again.
 */
const lastCheck = new WeakMap<object, { key: string; checked: Checked }>();

/**
 * Marks every row of the file (read by the prepare step, outside the queue) new, duplicate or
 * invalid, with the reasons; writes nothing. Answers every count but a bounded number of rows.
 */
export async function previewImport(ctx: ServiceContext, file: ImportFile): Promise<ImportPreview> {
  const read = preparedRead(file);
  const { rows, counts } = await checkFile(ctx, read);
  finishJob(file.jobId);
  const { headers, layout, mapping, source } = read;
  return { headers, layout, mapping, mappingSource: source, rows: previewRows(rows), counts };
}

/** Imports the new rows of the file in one go; rows already imported or invalid are left out. */
export async function commitImport(ctx: ServiceContext, file: ImportFile): Promise<ImportResult> {
  const read = preparedRead(file);
  const { fresh } = await checkFile(ctx, read);
  const skipped = read.rows.length - fresh.length;
  if (fresh.length === 0) {
    throw new DomainError('VALIDATION', 'Er zijn geen nieuwe, geldige rijen om te importeren.');
  }
  const now = timestamp(ctx.clock);
  const batch = await ctx.manager.save(ImportBatchEntity, {
    fileName: file.fileName,
    importedRows: fresh.length,
    skippedRows: skipped,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  for (let i = 0; i < fresh.length; i += CHUNK)
    await insertChunk(ctx, fresh.slice(i, i + CHUNK), batch.id, file.fileName);
  // Should the transaction still fail, a retry has this request's own reading and checks again.
  forgetRead(read);
  lastCheck.delete(ctx.manager.connection);
  finishJob(file.jobId);
  return { id: batch.id, imported: fresh.length, skipped };
}

/** The rows a person needs to see first: what will not be imported, then what will, up to the limit. */
function previewRows(rows: ImportRowDto[]): ImportRowDto[] {
  if (rows.length <= PREVIEW_ROW_LIMIT) return rows;
  const problems = rows.filter((row) => row.status !== 'new');
  if (problems.length >= PREVIEW_ROW_LIMIT) return problems.slice(0, PREVIEW_ROW_LIMIT);
  const fresh = rows.filter((row) => row.status === 'new').slice(0, PREVIEW_ROW_LIMIT - problems.length);
  return [...problems, ...fresh];
}

async function checkFile(ctx: ServiceContext, read: ReadFile): Promise<Checked> {
  const key = await checkKey(ctx, read.key);
  const cached = lastCheck.get(ctx.manager.connection);
  if (cached?.key === key) return cached.checked;
  const checked = await checkFileAnew(ctx, read);
  lastCheck.set(ctx.manager.connection, { key, checked });
  return checked;
}

/** The reading, and a stamp of the data the check depends on, in one hash. */
async function checkKey(ctx: ServiceContext, readKey: string): Promise<string> {
  // One after the other: a transaction is one connection, which answers one query at a time.
  const stamps: unknown[] = [];
  for (const table of ['family', 'registration', 'municipality']) {
    stamps.push(
      await select(
        ctx.manager,
        sql`SELECT COUNT(*) AS "n", MAX("id") AS "id", MAX("updatedAt") AS "at" FROM ${raw(`"${table}"`)}`,
      ),
    );
  }
  return createHash('sha256')
    .update(JSON.stringify([readKey, stamps, currentDate(ctx.clock)]))
    .digest('hex');
}

async function checkFileAnew(ctx: ServiceContext, read: ReadFile): Promise<Checked> {
  const workAreas = await WorkAreas.load(ctx.manager);
  const municipalities = read.rows.map((row) => {
    const { municipality } = workAreas.suggest(row.postcode, row.place);
    if (row.values) row.values.family.municipalityId = municipality?.id ?? null;
    return municipality?.name ?? null;
  });
  const valid = read.rows.filter((row): row is CheckedRow & { values: RegistrationCreate } => row.values !== null);
  const queries = valid.map((row) => duplicatesInputOf(row.values.family));
  const index = await DuplicateIndex.load(ctx.manager, queries);
  const imported = await importedKeys(
    ctx,
    valid.map((row) => row.importKey),
  );
  const fresh: CheckedRow[] = [];
  const counts = { new: 0, duplicate: 0, invalid: 0 };
  const rows: ImportRowDto[] = read.rows.map((row, i) => {
    const base = { rowNumber: row.rowNumber, summary: row.summary, municipality: municipalities[i] };
    const dto = ((): ImportRowDto => {
      if (!row.values) return { ...base, status: 'invalid', messages: row.messages };
      const duplicate = duplicateReason(row.values, row.importKey, imported, index);
      index.remember(-row.rowNumber, duplicatesInputOf(row.values.family));
      if (duplicate) return { ...base, status: 'duplicate', messages: [duplicate] };
      fresh.push(row);
      return { ...base, status: 'new', messages: [] };
    })();
    counts[dto.status] += 1;
    return dto;
  });
  return { rows, counts, fresh };
}

function duplicateReason(
  values: RegistrationCreate,
  importKey: string,
  imported: Set<string>,
  index: DuplicateIndex,
): string | null {
  if (imported.has(importKey)) return 'Deze rij is al eerder geïmporteerd.';
  const matches = index.match(duplicatesInputOf(values.family));
  if (matches.size === 0) return null;
  const [familyId, reasons] = [...matches.entries()][0];
  const why = [...reasons].join(', ');
  return familyId < 0
    ? `Zelfde gezin als rij ${-familyId} van dit bestand (${why}).`
    : `Lijkt op een bekend gezin (${why}). Voer deze aanmelding met de hand in en koppel haar aan dat gezin.`;
}

async function importedKeys(ctx: ServiceContext, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await ctx.manager.find(RegistrationEntity, {
      select: { importKey: true },
      where: { importKey: In(keys.slice(i, i + CHUNK)) },
    });
    for (const row of rows) found.add(row.importKey!);
  }
  return found;
}

/** Many rows per statement; each insert answers the ids it made, so rows link to their own family. */
async function insertChunk(ctx: ServiceContext, rows: CheckedRow[], batchId: number, fileName: string) {
  const now = timestamp(ctx.clock);
  const values = rows.map((row) => row.values!);
  const familyIds = await insertingFamilies(ctx.manager, async () => {
    const ids = await insertMany(
      ctx,
      FamilyEntity,
      values.map(({ family: { people: _people, ...family } }) => ({
        ...family,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await insertMany(
      ctx,
      PersonEntity,
      values.flatMap((value, i) =>
        value.family.people.map(({ id: _id, ...person }) => ({ ...person, familyId: ids[i], ...personKeys(person) })),
      ),
    );
    return ids;
  });
  const registrationIds = await insertMany(
    ctx,
    RegistrationEntity,
    values.map((value, i) => ({
      ...value.registration,
      familyId: familyIds[i],
      familyKind: value.family.kind,
      municipalityId: value.family.municipalityId,
      coordinatorId: null,
      status: 'nieuw' as const,
      referredTo: null,
      handedOverDate: null,
      duplicateSuspected: false,
      importKey: rows[i].importKey,
      importBatchId: batchId,
      version: 1,
      createdAt: now,
      updatedAt: now,
    })),
  );
  await insertMany(
    ctx,
    RegistrationStatusChangeEntity,
    registrationIds.map((registrationId) => ({
      registrationId,
      at: now,
      actor: ctx.actor,
      fromStatus: null,
      toStatus: 'nieuw' as const,
      reason: `Geïmporteerd uit ${fileName}`,
    })),
  );
}

/**
 * One multi-row INSERT per chunk in plain, portable SQL (with thousands of rows, TypeORM's
 * per-value work costs more than the database does); answers the new ids in the order of `rows`.
 * RETURNING gives the ids of this statement only, so a colleague importing at the same time on the
 * shared server cannot slip in between. It promises no order of its rows, but both engines number
 * the rows of one statement in the order of its VALUES, so sorted ids follow `rows`.
 */
async function insertMany<T extends ObjectLiteral>(
  ctx: ServiceContext,
  entity: EntitySchema<T>,
  rows: Partial<T>[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const metadata = ctx.manager.connection.getMetadata(entity);
  const columns = Object.keys(rows[0]).map((property) => metadata.findColumnWithPropertyName(property)!);
  const names = raw(columns.map((column) => `"${column.databaseName}"`).join(', '));
  const tuples = rows.map((row) => sql`(${join(columns.map((column) => row[column.propertyName] ?? null))})`);
  const inserted = await select<{ id: number }>(
    ctx.manager,
    sql`INSERT INTO ${raw(`"${metadata.tableName}"`)} (${names}) VALUES ${join(tuples)} RETURNING "id"`,
  );
  return inserted.map((row) => row.id).sort((a, b) => a - b);
}

export async function importBatchView(ctx: ServiceContext, id: number): Promise<object> {
  const { fileName, importedRows, skippedRows } = await ctx.manager.findOneByOrFail(ImportBatchEntity, { id });
  return { fileName, importedRows, skippedRows };
}
