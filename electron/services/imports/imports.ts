import { createHash } from 'node:crypto';
import { In, type EntitySchema, type ObjectLiteral } from 'typeorm';
import type { ImportFile, ImportPreview, ImportResult, ImportRowDto } from '../../../shared/api/imports';
import type { RegistrationCreate } from '../../../shared/api/registrations';
import { FamilyEntity, PersonEntity } from '../../db/entities/Family';
import { ImportBatchEntity, RegistrationEntity, RegistrationStatusChangeEntity } from '../../db/entities/Registration';
import { join, raw, select, sql } from '../../db/sql';
import { timestamp, currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { DomainError } from '../errors';
import { DuplicateIndex } from '../registrations/duplicates';
import { personKeys } from '../registrations/families';
import { WorkAreas } from '../registrations/work-area';
import { guessMapping, readTable } from './read';
import { checkRow, type CheckedRow } from './rows';

/** Rows per INSERT: well under the values one statement may hold (SQLite 32,766, PostgreSQL 65,535). */
const CHUNK = 1000;

interface Checked {
  preview: ImportPreview;
  fresh: CheckedRow[];
}

/**
 * The last check of a file per database. A commit right after its preview reuses it when the file,
 * the mapping and everything the check read are unchanged; otherwise the file is checked again.
 */
const lastCheck = new WeakMap<object, { key: string; checked: Checked }>();

/** Reads the file and marks every row new, duplicate or invalid, with the reasons; writes nothing. */
export async function previewImport(ctx: ServiceContext, file: ImportFile): Promise<ImportPreview> {
  return (await checkFile(ctx, file)).preview;
}

/** Imports the new rows of the file in one go; rows already imported or invalid are left out. */
export async function commitImport(ctx: ServiceContext, file: ImportFile): Promise<ImportResult> {
  const { preview, fresh } = await checkFile(ctx, file);
  if (fresh.length === 0) {
    throw new DomainError('VALIDATION', 'Er zijn geen nieuwe, geldige rijen om te importeren.');
  }
  const now = timestamp(ctx.clock);
  const batch = await ctx.manager.save(ImportBatchEntity, {
    fileName: file.fileName,
    importedRows: fresh.length,
    skippedRows: preview.rows.length - fresh.length,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  for (let i = 0; i < fresh.length; i += CHUNK)
    await insertChunk(ctx, fresh.slice(i, i + CHUNK), batch.id, file.fileName);
  return { id: batch.id, imported: fresh.length, skipped: preview.rows.length - fresh.length };
}

async function checkFile(ctx: ServiceContext, file: ImportFile): Promise<Checked> {
  const key = await checkKey(ctx, file);
  const cached = lastCheck.get(ctx.manager.connection);
  if (cached?.key === key) return cached.checked;
  const checked = await checkFileAnew(ctx, file);
  lastCheck.set(ctx.manager.connection, { key, checked });
  return checked;
}

/** The file and mapping, and a stamp of the data the check depends on, in one hash. */
async function checkKey(ctx: ServiceContext, file: ImportFile): Promise<string> {
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
    .update(JSON.stringify([file, stamps, currentDate(ctx.clock)]))
    .digest('hex');
}

async function checkFileAnew(ctx: ServiceContext, file: ImportFile): Promise<Checked> {
  const table = await readTable(file.fileName, Buffer.from(file.contentBase64, 'base64'));
  const mapping = file.mapping ?? guessMapping(table.headers);
  const today = currentDate(ctx.clock);
  const workAreas = await WorkAreas.load(ctx.manager);
  const checked = table.rows.map((cells, index) => checkRow(cells, index + 2, mapping, workAreas, today));
  const valid = checked.filter((row): row is CheckedRow & { values: RegistrationCreate } => row.values !== null);
  const queries = valid.map((row) => duplicateQuery(row.values));
  const index = await DuplicateIndex.load(ctx.manager, queries);
  const imported = await importedKeys(
    ctx,
    valid.map((row) => row.importKey),
  );
  const fresh: CheckedRow[] = [];
  const rows: ImportRowDto[] = checked.map((row) => {
    if (!row.values)
      return { rowNumber: row.rowNumber, status: 'invalid', summary: row.summary, messages: row.messages };
    const duplicate = duplicateReason(row.values, row.importKey, imported, index);
    index.remember(-row.rowNumber, duplicateQuery(row.values));
    if (duplicate)
      return { rowNumber: row.rowNumber, status: 'duplicate', summary: row.summary, messages: [duplicate] };
    fresh.push(row);
    return { rowNumber: row.rowNumber, status: 'new', summary: row.summary, messages: [] };
  });
  const counts = { new: 0, duplicate: 0, invalid: 0 };
  for (const row of rows) counts[row.status] += 1;
  return { preview: { headers: table.headers, mapping, rows, counts }, fresh };
}

function duplicateReason(
  values: RegistrationCreate,
  importKey: string,
  imported: Set<string>,
  index: DuplicateIndex,
): string | null {
  if (imported.has(importKey)) return 'Deze rij is al eerder geïmporteerd.';
  const matches = index.match(duplicateQuery(values));
  if (matches.size === 0) return null;
  const [familyId, reasons] = [...matches.entries()][0];
  const why = [...reasons].join(', ');
  return familyId < 0
    ? `Zelfde gezin als rij ${-familyId} van dit bestand (${why}).`
    : `Lijkt op een bekend gezin (${why}). Voer deze aanmelding met de hand in en koppel haar aan dat gezin.`;
}

function duplicateQuery(values: RegistrationCreate) {
  const { family } = values;
  return {
    postcode: family.postcode,
    houseNumber: family.houseNumber,
    houseNumberAddition: family.houseNumberAddition ?? undefined,
    email: family.email ?? undefined,
    phone: family.phone ?? undefined,
    people: family.people,
  };
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
  const familyIds = await insertMany(
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
      value.family.people.map(({ id: _id, ...person }) => ({
        ...person,
        familyId: familyIds[i],
        ...personKeys(person),
      })),
    ),
  );
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
