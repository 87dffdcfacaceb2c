import { In, Not } from 'typeorm';
import type { FamilyDto, FamilyRow, FamilySearch, FamilyUpdate } from '../../../shared/api/families';
import { PERSON_ROLE_LABELS } from '../../../shared/domain/families';
import { formatDate } from '../../../shared/domain/format';
import { FamilyEntity, PersonEntity, type Person } from '../../db/entities/Family';
import { MatchChildEntity } from '../../db/entities/MatchChild';
import { MunicipalityEntity } from '../../db/entities/Municipality';
import { RegistrationEntity } from '../../db/entities/Registration';
import { join, raw, select, selectOne, sql, type Sql } from '../../db/sql';
import { timestamp, currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { claimVersion, fieldError, notFound } from '../errors';
import { assertExisting, MUNICIPALITY_GONE } from '../references';
import { deleteVogScans } from '../vog/vog';
import { assertFamilyRules, getFamily, personKeys } from './families';
import { familyLastName, familyNameOf, familySearchCondition } from './family-sql';

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

/** Families by name or postcode prefix, kind and municipality; `limit` at a time, newest first. */
export async function searchFamilies(
  ctx: ServiceContext,
  input: FamilySearch,
): Promise<{ rows: FamilyRow[]; total: number }> {
  const where = familyFilters(input);
  const counted = await selectOne<{ total: number }>(
    ctx.manager,
    sql`SELECT COUNT(*) AS "total" FROM "family" "f" WHERE ${where}`,
  );
  const rows = await select<Omit<FamilyRow, 'name'> & { lastName: string | null }>(
    ctx.manager,
    sql`SELECT "f"."id", "f"."kind", "f"."street", "f"."houseNumber", "f"."postcode", "f"."place",
      "m"."name" AS "municipalityName", ${familyLastName(raw('"f"."id"'))} AS "lastName"
    FROM "family" "f" LEFT JOIN "municipality" "m" ON "m"."id" = "f"."municipalityId"
    WHERE ${where}
    ORDER BY "f"."id" DESC LIMIT ${input.limit}`,
  );
  return {
    total: counted?.total ?? 0,
    rows: rows.map(({ lastName, municipalityName, ...row }) => ({
      ...row,
      name: familyNameOf(lastName),
      municipalityName: municipalityName ?? null,
    })),
  };
}

function familyFilters(input: FamilySearch): Sql {
  const conditions = [sql`1 = 1`];
  if (input.kind) conditions.push(sql`"f"."kind" = ${input.kind}`);
  if (input.municipalityId) conditions.push(sql`"f"."municipalityId" = ${input.municipalityId}`);
  if (input.search) conditions.push(familySearchCondition(raw('"f"."id"'), input.search));
  return join(conditions, ' AND ');
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
