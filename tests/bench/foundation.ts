import type { DataSource } from 'typeorm';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import type { MunicipalityDto } from '../../shared/api/municipalities';
import { measure, type Measurement } from './harness';

async function ok(dispatch: Dispatch, name: string, input: unknown) {
  const response = await dispatch(name, input);
  if (!response.ok) throw new Error(`${name}: ${response.error.message}`);
  return response.data;
}

/** The Gemeenten slice: the list the page loads, an audited edit, a record's history. */
export async function benchFoundation(dataSource: DataSource, dispatch: Dispatch): Promise<Measurement[]> {
  const runs = 300;
  const list = await measure(runs, () => ok(dispatch, 'municipalities.list', {}));
  const listFloor = await measure(runs, () =>
    dataSource.query(`SELECT m.*, c.id AS coordinatorId, c.name AS coordinatorName FROM municipality m
      LEFT JOIN municipality_coordinator mc ON mc.municipalityId = m.id
      LEFT JOIN coordinator c ON c.id = mc.coordinatorId`),
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
      await manager.query('UPDATE municipality SET notes = ?, version = version + 1 WHERE id = ?', [
        `x${Math.random()}`,
        target.id,
      ]);
      await manager.query(
        `INSERT INTO audit_entry (at, actor, operation, entityType, entityId, changes) VALUES (?, 'bench', 'x', 'municipality', ?, '[]')`,
        [new Date().toISOString(), target.id],
      );
    }),
  );

  const history = await measure(runs, () =>
    ok(dispatch, 'audit.history', { entityType: 'municipality', entityId: target.id }),
  );
  const historyFloor = await measure(runs, () =>
    dataSource.query(`SELECT * FROM audit_entry WHERE entityType = 'municipality' AND entityId = ? ORDER BY id DESC`, [
      target.id,
    ]),
  );

  return [
    { name: 'municipalities.list (71 gemeenten, 90 coördinatoren)', runs, ...list, floor: listFloor },
    { name: 'municipalities.update with audit trail', runs, ...update, floor: updateFloor },
    { name: `audit.history (${runs * 2 + 1} entries of one gemeente)`, runs, ...history, floor: historyFloor },
  ];
}
