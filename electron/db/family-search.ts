import type { EntityManager } from 'typeorm';
import { engineOfManager, execute, inList, sql } from './sql';

/**
 * Runs `write`, which inserts new families with their people and answers the families' ids, and
 * gives each of those families its search row once, at the end (see 1795400000028: on SQLite a row
 * rewritten per person makes FTS5 flush to disk each time). On PostgreSQL the statement-level
 * triggers already write each family once per statement (1795500000017), so `write` just runs.
 */
export async function insertingFamilies(manager: EntityManager, write: () => Promise<number[]>): Promise<number[]> {
  if (engineOfManager(manager) === 'postgres') return write();
  await execute(manager, sql`INSERT INTO "family_search_deferred" ("deferred") VALUES (1)`);
  try {
    const familyIds = await write();
    // In ascending rowid order, as the GROUP BY answers them: FTS5 keeps such rows in memory.
    await execute(
      manager,
      sql`INSERT INTO "family_search" ("rowid", "nameKey")
        SELECT "familyId", group_concat("firstNameKey" || ' ' || "lastNameKey", ' ')
        FROM (SELECT "familyId", "firstNameKey", "lastNameKey" FROM "person"
          WHERE "familyId" ${inList(familyIds)} ORDER BY "familyId", "id")
        GROUP BY "familyId"`,
    );
    return familyIds;
  } finally {
    await execute(manager, sql`DELETE FROM "family_search_deferred"`);
  }
}
