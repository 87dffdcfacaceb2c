import { In, Not } from 'typeorm';
import type {
  FamilyColumn,
  FamilyDto,
  FamilyFilter,
  FamilyRow,
  FamilySearch,
  FamilyUpdate,
} from '../../../shared/api/families';
import type { ExportFileDto, ExportFormat, ListPage } from '../../../shared/api/lists';
import { FAMILY_KIND_LABELS, PERSON_ROLE_LABELS } from '../../../shared/domain/families';
import { formatDate } from '../../../shared/domain/format';
import { FamilyEntity, PersonEntity, type Person } from '../../db/entities/Family';
import { MatchChildEntity } from '../../db/entities/MatchChild';
import { MunicipalityEntity } from '../../db/entities/Municipality';
import { RegistrationEntity } from '../../db/entities/Registration';
import { inList, raw, select, sql, type Sql } from '../../db/sql';
import { timestamp, currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { claimVersion, fieldError, notFound } from '../errors';
import {
  contains,
  equals,
  filterConditions,
  listWindow,
  orderKeys,
  where,
  type ListColumn,
  type ListWindow,
  type OrderKey,
} from '../export/list-sql';
import { exportFile, type ExportColumn } from '../export/write';
import { assertExisting, MUNICIPALITY_GONE } from '../references';
import { deleteVogScans } from '../vog/vog';
import { assertFamilyRules, getFamily, personKeys } from './families';
import { familiesFound, familyColumns, familyLastName, familyNameOf, familySearchCondition } from './family-sql';

/** Corrects a family and its people: people kept by id are updated, new ones added, the rest removed. */
export async function updateFamily(ctx: ServiceContext, input: FamilyUpdate): Promise<FamilyDto> {
  const { id, version, people, ...fields } = input;
  const family = await ctx.manager.findOneBy(FamilyEntity, { id });
  if (!family) throw notFound('Dit gezin');
  await claimVersion(ctx, FamilyEntity, family, version);
  if (fields.kind !== family.kind) {
    throw fieldError('kind', 'Een vraaggezin kan geen steungezin worden, of andersom. Meld het gezin opnieuw aan.');
  }
  assertFamilyRules(input, currentDate(ctx.clock), '');
  const kept = people.flatMap((person) => (person.id ? [person.id] : []));
  if (kept.length > 0 && (await ctx.manager.countBy(PersonEntity, { familyId: id, id: In(kept) })) !== kept.length) {
    throw fieldError('people', 'Een persoon hoort niet (meer) bij dit gezin. Open het gezin opnieuw.');
  }
  await assertExisting(ctx.manager, MunicipalityEntity, fields.municipalityId, 'municipalityId', MUNICIPALITY_GONE);
  const leaving = kept.length > 0 ? { familyId: id, id: Not(In(kept)) } : { familyId: id };
  const leavingPeople = await ctx.manager.findBy(PersonEntity, leaving);
  await assertNotInMatch(ctx, leavingPeople);
  await deleteVogScans(
    ctx.manager,
    leavingPeople.map((person) => person.id),
  );
  await ctx.manager.delete(PersonEntity, leaving);
  for (const { id: personId, ...person } of people) {
    const row = { ...person, ...personKeys(person) };
    if (personId) await ctx.manager.update(PersonEntity, { id: personId, familyId: id }, row);
    else await ctx.manager.insert(PersonEntity, { ...row, familyId: id });
  }
  Object.assign(family, fields, { updatedAt: timestamp(ctx.clock) });
  await ctx.manager.save(FamilyEntity, family);
  await ctx.manager.update(
    RegistrationEntity,
    { familyId: id, status: In(['nieuw', 'in_behandeling', 'wachtlijst']) },
    { municipalityId: fields.municipalityId },
  );
  return getFamily(ctx.manager, id);
}

/** A child who takes part in a match (running or ended: the match keeps its children) stays in the family. */
async function assertNotInMatch(ctx: ServiceContext, leaving: Person[]): Promise<void> {
  if (leaving.length === 0) return;
  const [taking] = await ctx.manager.find(MatchChildEntity, {
    where: { personId: In(leaving.map((person) => person.id)) },
    order: { personId: 'ASC' },
    take: 1,
  });
  const child = taking && leaving.find((person) => person.id === taking.personId);
  if (child) {
    throw fieldError(
      'people',
      `${child.firstName} ${child.lastName} doet mee aan een koppeling en kan daarom niet uit het gezin worden gehaald. Haal het kind eerst uit de koppeling.`,
    );
  }
}

const FAMILY_ID = raw('"f"."id"');
const ADDRESS = sql`("f"."street" || ' ' || "f"."houseNumber")`;

/** Each column of Gezinnen in SQL; the page's column ids pick from this map only. */
const FAMILY_LIST_COLUMNS: Record<FamilyColumn, ListColumn> = {
  ...familyColumns(FAMILY_ID),
  kind: { sort: sql`"f"."kind"`, filter: equals(sql`"f"."kind"`) },
  address: { sort: ADDRESS, text: true, filter: contains(ADDRESS) },
};

const FAMILY_FROM = sql`"family" "f" LEFT JOIN "municipality" "m" ON "m"."id" = "f"."municipalityId"`;
const NEWEST_FIRST: OrderKey[] = [{ expression: FAMILY_ID, direction: 'DESC' }];

/**
 * Families by the kind and municipality chosen above the list, its column filters and the search (name
 * or postcode prefix), over every family; one window at a time, newest first unless told otherwise.
 */
export async function searchFamilies(ctx: ServiceContext, input: FamilySearch): Promise<ListPage<FamilyRow>> {
  const { ids, total } = await listWindow(ctx.manager, familyWindow(input, input.limit, input.offset));
  return { total, rows: await familyRows(ctx, ids) };
}

/** Every family that matches, in the list's order, as a file. */
export async function exportFamilies(
  ctx: ServiceContext,
  input: FamilyFilter & { format: ExportFormat },
): Promise<ExportFileDto> {
  const { ids } = await listWindow(ctx.manager, familyWindow(input, null, 0));
  const rows: FamilyRow[] = [];
  // The details in slices, so no statement carries tens of thousands of parameters.
  for (let start = 0; start < ids.length; start += 500)
    rows.push(...(await familyRows(ctx, ids.slice(start, start + 500))));
  return exportFile(input.format, 'gezinnen', FAMILY_EXPORT, rows);
}

const FAMILY_EXPORT: ExportColumn<FamilyRow>[] = [
  { header: 'Gezin', kind: 'text', value: (f) => f.name },
  { header: 'Soort', kind: 'text', value: (f) => FAMILY_KIND_LABELS[f.kind] },
  { header: 'Straat', kind: 'text', value: (f) => f.street },
  { header: 'Huisnummer', kind: 'text', value: (f) => f.houseNumber },
  { header: 'Postcode', kind: 'text', value: (f) => f.postcode },
  { header: 'Plaats', kind: 'text', value: (f) => f.place },
  { header: 'Gemeente', kind: 'text', value: (f) => f.municipalityName ?? 'Buiten werkgebied' },
];

/**
 * The families the filters, search and order choose; the municipality joined only when read. A
 * search alone reads no family row at all: its index names the families (every name and postcode
 * it finds belongs to one), so the matches are counted and paged straight from it.
 */
function familyWindow(input: FamilyFilter, limit: number | null, offset: number): ListWindow {
  const quick = quickFamilyFilters(input);
  const joined = input.filters.length > 0 || input.sort !== null;
  const found = input.search ? familiesFound(input.search) : null;
  const searchAlone = found !== null && quick.length === 0 && !joined;
  return {
    from: searchAlone ? sql`(${found}) "f"` : joined ? FAMILY_FROM : sql`"family" "f"`,
    where: searchAlone ? sql`1 = 1` : where([...quick, ...familyColumnFilters(input)]),
    id: FAMILY_ID,
    order: orderKeys(FAMILY_LIST_COLUMNS, input.sort, NEWEST_FIRST, FAMILY_ID),
    limit,
    offset,
    foundOnce: Boolean(input.search) || input.filters.length > 0,
  };
}

/** The rows of these families, in the order of `ids`. */
async function familyRows(ctx: ServiceContext, ids: number[]): Promise<FamilyRow[]> {
  if (ids.length === 0) return [];
  const rows = await select<Omit<FamilyRow, 'name'> & { lastName: string | null }>(
    ctx.manager,
    sql`SELECT "f"."id", "f"."kind", "f"."street", "f"."houseNumber", "f"."postcode", "f"."place",
      "m"."name" AS "municipalityName", ${familyLastName(FAMILY_ID)} AS "lastName"
    FROM ${FAMILY_FROM}
    WHERE "f"."id" ${inList(ids)}`,
  );
  const byId = new Map(
    rows.map(({ lastName, municipalityName, ...row }) => [
      Number(row.id),
      { ...row, name: familyNameOf(lastName), municipalityName: municipalityName ?? null },
    ]),
  );
  return ids.map((id) => byId.get(id)!);
}

function quickFamilyFilters(input: FamilyFilter): Sql[] {
  const conditions: Sql[] = [];
  if (input.kind) conditions.push(sql`"f"."kind" = ${input.kind}`);
  if (input.municipalityId) conditions.push(sql`"f"."municipalityId" = ${input.municipalityId}`);
  return conditions;
}

function familyColumnFilters(input: FamilyFilter): Sql[] {
  const conditions = filterConditions(FAMILY_LIST_COLUMNS, input.filters);
  if (input.search) conditions.push(familySearchCondition(FAMILY_ID, input.search));
  return conditions;
}

/** A family as the audit trail records it: its address and contact details, its people as a list. */
export async function familyAuditView(ctx: ServiceContext, id: number): Promise<object> {
  const { people, municipality, name: _name, ...fields } = await getFamily(ctx.manager, id);
  return {
    ...fields,
    municipality: municipality?.name ?? null,
    people: people
      .map(
        (p) => `${p.firstName} ${p.lastName} (${PERSON_ROLE_LABELS[p.role].toLowerCase()}, ${formatDate(p.birthDate)})`,
      )
      .join('; '),
  };
}
