import type { EntityManager } from 'typeorm';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../shared/api/matches';
import { inList, raw, select, sql } from '../../db/sql';
import type { AccessExport } from './access-export';
import type { Row } from './access-pdf-layout';

/**
 * The names behind the ids the family's rows hold: its municipality, coordinator, a document's
 * template, an insurance policy. They are the foundation's own records, not the family's, so the
 * export holds only their ids; the overview shows what the ids stand for.
 */
export interface Names {
  municipality(id: unknown): string;
  coordinator(id: unknown): string;
  document(templateId: unknown): string;
  policy(id: unknown): string;
}

export async function namesFor(manager: EntityManager, records: AccessExport['records']): Promise<Names> {
  const ids = (tables: string[], column: string) => [
    ...new Set(
      tables
        .flatMap((table) => (records[table] ?? []).map((row) => row[column]))
        .filter((id) => id !== null && id !== undefined),
    ),
  ];
  const lookup = async (table: string, label: string, of: unknown[]) => {
    const rows = await select<{ id: number; label: string }>(
      manager,
      sql`SELECT "id", ${raw(label)} AS "label" FROM ${raw(`"${table}"`)} WHERE "id" ${inList(of)}`,
    );
    const byId = new Map(rows.map((row) => [Number(row.id), row.label]));
    return (id: unknown) => (id === null || id === undefined ? '' : (byId.get(Number(id)) ?? ''));
  };
  const municipality = await lookup(
    'municipality',
    '"name"',
    ids(['family', 'registration', 'match'], 'municipalityId'),
  );
  const coordinator = await lookup('coordinator', '"name"', ids(['registration', 'match'], 'coordinatorId'));
  const template = await lookup('document_template', '"kind"', ids(['match_document'], 'templateId'));
  const policy = await lookup(
    'insurance_policy',
    `"policyNumber" || ' (' || "insurer" || ')'`,
    ids(['insurance_policy_family', 'insurance_incident'], 'policyId'),
  );
  return {
    municipality,
    coordinator,
    document: (templateId) => DOCUMENT_KIND_LABELS[template(templateId) as DocumentKind] ?? 'Document',
    policy,
  };
}

/** The family's own people by id, for the records that name one (a VOG, a match's children). */
export function peopleOf(records: AccessExport['records']): Map<number, Row> {
  return new Map((records.person ?? []).map((person) => [Number(person.id), person]));
}

export function fullName(person: Row | undefined): string {
  return person ? `${String(person.firstName)} ${String(person.lastName)}` : '';
}
