import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entitiesFor } from '../../electron/db/entities';
import type { AccessExport } from '../../electron/services/privacy/access-export';
import { NO_FAMILY_DATA, PERSONAL_DATA } from '../../electron/services/privacy/registry';
import type { FileDto } from '../../shared/api/invoices';
import { TEST_ENGINE, type TestDatabase } from '../support/database';
import { foundationWithMatch } from '../support/privacy';

let db: TestDatabase;
let call: Awaited<ReturnType<typeof foundationWithMatch>>['call'];

/**
 * The test's own list of every row about family `f`, table by table, written apart from the app's
 * registry: what the export must hold, no more and no less.
 */
function expectedRows(f: number): Record<string, string> {
  const matches = `SELECT "id" FROM "match" WHERE "requestingFamilyId" = ${f} OR "supportFamilyId" = ${f}`;
  const people = `SELECT "id" FROM "person" WHERE "familyId" = ${f}`;
  const registrations = `SELECT "id" FROM "registration" WHERE "familyId" = ${f}`;
  const documents = `SELECT "id" FROM "match_document" WHERE "matchId" IN (${matches})`;
  const incidents = `SELECT "id" FROM "insurance_incident" WHERE "matchId" IN (${matches})`;
  const about = `("entityType" = 'family' AND "entityId" = ${f})
    OR ("entityType" = 'registration' AND "entityId" IN (${registrations}))
    OR ("entityType" = 'match' AND "entityId" IN (${matches}))
    OR ("entityType" = 'document' AND "entityId" IN (${documents}))
    OR ("entityType" = 'vog' AND "entityId" IN (${people}))
    OR ("entityType" = 'incident' AND "entityId" IN (${incidents}))`;
  return {
    family: `SELECT * FROM "family" WHERE "id" = ${f}`,
    person: `SELECT * FROM "person" WHERE "familyId" = ${f}`,
    registration: `SELECT * FROM "registration" WHERE "familyId" = ${f}`,
    registration_status_change: `SELECT * FROM "registration_status_change" WHERE "registrationId" IN (${registrations})`,
    match: `SELECT * FROM "match" WHERE "id" IN (${matches})`,
    match_child: `SELECT * FROM "match_child" WHERE "matchId" IN (${matches})`,
    match_status_change: `SELECT * FROM "match_status_change" WHERE "matchId" IN (${matches})`,
    match_evaluation: `SELECT * FROM "match_evaluation" WHERE "matchId" IN (${matches})`,
    match_document: `SELECT * FROM "match_document" WHERE "matchId" IN (${matches})`,
    vog: `SELECT * FROM "vog" WHERE "personId" IN (${people})`,
    vog_status_change: `SELECT * FROM "vog_status_change" WHERE "vogId" IN (SELECT "id" FROM "vog" WHERE "personId" IN (${people}))`,
    insurance_policy_family: `SELECT * FROM "insurance_policy_family" WHERE "familyId" = ${f}`,
    insurance_incident: `SELECT * FROM "insurance_incident" WHERE "id" IN (${incidents})`,
    insurance_incident_document: `SELECT * FROM "insurance_incident_document" WHERE "incidentId" IN (${incidents})`,
    audit_entry: `SELECT * FROM "audit_entry" WHERE ${about}`,
    // The export's own line is written once it is made: it cannot hold itself.
    access_log: `SELECT * FROM "access_log" WHERE (${about}) AND "operation" <> 'privacy.accessExport'`,
    stored_file: `SELECT * FROM "stored_file" WHERE "id" IN (
      SELECT "scanFileId" FROM "vog" WHERE "personId" IN (${people})
      UNION SELECT "scanFileId" FROM "match_document" WHERE "matchId" IN (${matches})
      UNION SELECT "fileId" FROM "insurance_incident_document" WHERE "incidentId" IN (${incidents}))`,
  };
}

/** A row as the export writes it: bytes as base64, the rest as JSON has it. */
const asExported = (row: Record<string, unknown>) =>
  JSON.parse(
    JSON.stringify(row, (_key, value: unknown) =>
      (value as { type?: string })?.type === 'Buffer'
        ? Buffer.from((value as { data: number[] }).data).toString('base64')
        : value,
    ),
  ) as Record<string, unknown>;

let families: { requesting: number; support: number };

beforeAll(async () => {
  // Someone opened both files: the inzagelog names them too.
  ({ db, call, families } = await foundationWithMatch(['requesting', 'support']));
}, 120_000);
afterAll(() => db?.close());

describe('inzage: everything the foundation holds about one family', () => {
  it.each(['requesting', 'support'] as const)(
    'exports every record about the %s family, and logs that',
    async (which) => {
      const f = families[which];
      const file = await call<FileDto>('privacy.accessExport', { id: f });
      const exported = JSON.parse(file.content) as AccessExport;
      expect(exported.family.id).toBe(f);
      for (const [table, statement] of Object.entries(expectedRows(f))) {
        const expected = (await db.dataSource.query<Record<string, unknown>[]>(statement)).map(asExported);
        const sortKey = (row: Record<string, unknown>) => JSON.stringify(row);
        expect({ table, rows: exported.records[table].map(sortKey).sort() }).toEqual({
          table,
          rows: expected.map(sortKey).sort(),
        });
      }
      expect(Object.keys(exported.records).sort()).toEqual(Object.keys(expectedRows(f)).sort());
      const kinds = Object.values(exported.records).filter((rows) => rows.length > 0).length;
      expect(kinds).toBeGreaterThanOrEqual(which === 'requesting' ? 12 : 9);
      const log = await call<{ rows: { operation: string; entityId: number }[] }>('accessLog.list', {
        entityType: 'family',
        entityId: f,
      });
      expect(log.rows.map((row) => row.operation)).toContain('privacy.accessExport');
    },
  );
});

describe.runIf(TEST_ENGINE === 'sqlite')('the registry of personal data', () => {
  it('has every table of the app: registered by its area, or declared to hold nothing about a family', () => {
    const tables = entitiesFor('sqlite').map((entity) => entity.options.tableName ?? entity.options.name);
    const unaccounted = tables.filter((table) => !(table in PERSONAL_DATA) && !NO_FAMILY_DATA.includes(table));
    expect(unaccounted).toEqual([]);
    expect(Object.keys(PERSONAL_DATA).filter((table) => !tables.includes(table))).toEqual([]);
  });
});
