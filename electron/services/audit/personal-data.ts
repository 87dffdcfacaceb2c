import type { EntityManager } from 'typeorm';
import { inList, join, raw, select, sql } from '../../db/sql';
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

/** The audit trail about the family's records, and the inzagelog of who opened its files. */
export const auditPersonalData: Record<string, PersonalData> = {
  audit_entry: { rows: (manager: EntityManager, scope) => select(manager, aboutFamily('audit_entry', scope)) },
  access_log: { rows: (manager: EntityManager, scope) => select(manager, aboutFamily('access_log', scope)) },
};
