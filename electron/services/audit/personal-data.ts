import type { EntityManager } from 'typeorm';
import { execute, inList, join, perEngine, raw, select, sql } from '../../db/sql';
import type { PersonalData } from '../privacy/personal-data';
import type { FamilyScope, ScopeKey } from '../privacy/scope';

/** Which records of the family each kind of history line names (a VOG's history names its person). */
const AUDITED: [entityType: string, key: ScopeKey][] = [
  ['family', 'family'],
  ['registration', 'registration'],
  ['match', 'match'],
  ['document', 'document'],
  ['vog', 'person'],
  ['incident', 'incident'],
];

function aboutFamily(table: string, scope: FamilyScope) {
  const kinds = AUDITED.map(([type, key]) => sql`("entityType" = ${type} AND "entityId" ${inList(scope[key])})`);
  return sql`SELECT * FROM ${raw(`"${table}"`)} WHERE ${join(kinds, ' OR ')} ORDER BY "id"`;
}

/**
 * Empties the old and new values of the history lines about these records (of `fields` only, or of
 * every field), keeping which fields changed, when and by whom. On PostgreSQL no role may change a
 * history line, so a function of the tables' owner does it (migration 1795500000018), the same way.
 */
async function eraseValues(manager: EntityManager, entityType: string, ids: number[], fields: string[] | null) {
  if (ids.length === 0) return;
  const chosen = fields === null ? sql`1 = 1` : sql`json_extract("value", '$.field') ${inList(fields)}`;
  await execute(
    manager,
    perEngine({
      sqlite: sql`UPDATE "audit_entry" SET "changes" = (
          SELECT json_group_array(CASE WHEN ${chosen}
            THEN json_object('field', json_extract("value", '$.field'), 'old', NULL, 'new', NULL)
            ELSE json("value") END)
          FROM json_each("audit_entry"."changes"))
        WHERE "entityType" = ${entityType} AND "entityId" ${inList(ids)}`,
      postgres: sql`SELECT "buurtgezinnen_erase_audit_values"(${entityType}, ${ids}, ${fields})`,
    }),
  );
}

/**
 * The audit trail about the family's records, and the inzagelog of who opened its files. Erasure
 * empties the values in the trail; a policy's history names the families it covers among its
 * fields, so that field's values go too in the history of the policies covering this family.
 */
export const auditPersonalData: Record<string, PersonalData> = {
  audit_entry: {
    rows: (manager: EntityManager, scope) => select(manager, aboutFamily('audit_entry', scope)),
    async erase(manager, scope) {
      for (const [type, key] of AUDITED) await eraseValues(manager, type, scope[key], null);
      const policies = await select<{ policyId: number }>(
        manager,
        sql`SELECT "policyId" FROM "insurance_policy_family" WHERE "familyId" ${inList(scope.family)}`,
      );
      await eraseValues(
        manager,
        'policy',
        policies.map((row) => row.policyId),
        ['families'],
      );
    },
  },
  // Who opened the file and when, through which operation: no value of the file itself, kept.
  access_log: {
    rows: (manager: EntityManager, scope) => select(manager, aboutFamily('access_log', scope)),
    erase: () => Promise.resolve(),
  },
};
