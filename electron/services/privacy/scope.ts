import type { EntityManager } from 'typeorm';
import { inList, select, sql, type Sql } from '../../db/sql';

/**
 * Every record about one family, by id: what its access export gathers (and what an erasure will
 * reach). A match counts for both its families; it names the other one only by id.
 */
export interface FamilyScope {
  family: number[];
  person: number[];
  registration: number[];
  match: number[];
  document: number[];
  vog: number[];
  incident: number[];
  file: number[];
}

export type ScopeKey = keyof FamilyScope;

export async function familyScope(manager: EntityManager, familyId: number): Promise<FamilyScope> {
  const ids = async (statement: Sql) =>
    (await select<{ id: number | null }>(manager, statement)).flatMap((r) => (r.id === null ? [] : [Number(r.id)]));
  const person = await ids(sql`SELECT "id" FROM "person" WHERE "familyId" = ${familyId} ORDER BY "id"`);
  const match = await ids(
    sql`SELECT "id" FROM "match" WHERE "requestingFamilyId" = ${familyId} OR "supportFamilyId" = ${familyId} ORDER BY "id"`,
  );
  const document = await ids(sql`SELECT "id" FROM "match_document" WHERE "matchId" ${inList(match)} ORDER BY "id"`);
  const incident = await ids(sql`SELECT "id" FROM "insurance_incident" WHERE "matchId" ${inList(match)} ORDER BY "id"`);
  const file = [
    ...(await ids(sql`SELECT "scanFileId" AS "id" FROM "vog" WHERE "personId" ${inList(person)}`)),
    ...(await ids(sql`SELECT "scanFileId" AS "id" FROM "match_document" WHERE "id" ${inList(document)}`)),
    ...(await ids(
      sql`SELECT "fileId" AS "id" FROM "insurance_incident_document" WHERE "incidentId" ${inList(incident)}`,
    )),
  ];
  return {
    family: [familyId],
    person,
    registration: await ids(sql`SELECT "id" FROM "registration" WHERE "familyId" = ${familyId} ORDER BY "id"`),
    match,
    document,
    vog: await ids(sql`SELECT "id" FROM "vog" WHERE "personId" ${inList(person)} ORDER BY "id"`),
    incident,
    file: [...new Set(file)].sort((a, b) => a - b),
  };
}
