import type { DataSource } from 'typeorm';
import { execute, select, sql } from '../../electron/db/sql';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import type { MunicipalityDto } from '../../shared/api/municipalities';
import { measure, type Measurement } from './harness';
import { size } from './size';

async function ok(dispatch: Dispatch, name: string, input: unknown) {
  const response = await dispatch(name, input);
  if (!response.ok) throw new Error(`${name}: ${response.error.message}`);
  return response.data;
}

/** The Gemeenten slice: the list the page loads, an audited edit, a record's history. */
export async function benchFoundation(dataSource: DataSource, dispatch: Dispatch): Promise<Measurement[]> {
  const runs = size.runs(300);
  const list = await measure(runs, () => ok(dispatch, 'municipalities.list', {}));
  const listFloor = await measure(runs, () =>
    select(
      dataSource.manager,
      sql`SELECT "m".*, "c"."id" AS "coordinatorId", "c"."name" AS "coordinatorName" FROM "municipality" "m"
      LEFT JOIN "municipality_coordinator" "mc" ON "mc"."municipalityId" = "m"."id"
      LEFT JOIN "coordinator" "c" ON "c"."id" = "mc"."coordinatorId"`,
    ),
  );

  const [target] = (await ok(dispatch, 'municipalities.list', {})) as MunicipalityDto[];
  let version = target.version;
  const base = {
    name: target.name,
    province: target.province,
    email: target.email ?? '',
    phone: target.phone ?? '',
    coordinatorIds: target.coordinators.map((c) => c.id),
    postcodeRanges: target.postcodeRanges,
    places: target.places ?? '',
  };
  const update = await measure(runs, async () => {
    const saved = (await ok(dispatch, 'municipalities.update', {
      ...base,
      id: target.id,
      version,
      notes: `run ${version}`,
    })) as { version: number };
    version = saved.version;
  });
  const updateFloor = await measure(runs, () =>
    dataSource.transaction(async (manager) => {
      await execute(
        manager,
        sql`UPDATE "municipality" SET "notes" = ${`x${Math.random()}`}, "version" = "version" + 1 WHERE "id" = ${target.id}`,
      );
      await execute(
        manager,
        sql`INSERT INTO "audit_entry" ("at", "actor", "operation", "entityType", "entityId", "changes")
        VALUES (${new Date().toISOString()}, 'bench', 'x', 'municipality', ${target.id}, '[]')`,
      );
    }),
  );

  const history = await measure(runs, () =>
    ok(dispatch, 'audit.history', { entityType: 'municipality', entityId: target.id }),
  );
  const historyFloor = await measure(runs, () =>
    select(
      dataSource.manager,
      sql`SELECT * FROM "audit_entry" WHERE "entityType" = 'municipality' AND "entityId" = ${target.id} ORDER BY "id" DESC`,
    ),
  );

  const [{ entries }] = await select<{ entries: number }>(
    dataSource.manager,
    sql`SELECT COUNT(*) AS "entries" FROM "audit_entry" WHERE "entityType" = 'municipality' AND "entityId" = ${target.id}`,
  );
  return [
    { name: 'municipalities.list (71 gemeenten, 90 coördinatoren)', runs, ...list, floor: listFloor },
    { name: 'municipalities.update with audit trail', runs, ...update, floor: updateFloor },
    { name: `audit.history (${entries} entries of one gemeente)`, runs, ...history, floor: historyFloor },
  ];
}
