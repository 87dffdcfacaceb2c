import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { select, sql } from '../../electron/db/sql';
import { createDispatcher, type DispatcherOptions } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { LISTENER_APPLICATION_NAME, startLive, type Live } from '../../electron/services/live/live';
import { recordingDesktop } from '../../scripts/bridge/desktop';
import type { LiveChange } from '../../shared/api/live';
import { openTestDatabase, TEST_ENGINE, testActor, type TestDatabase } from '../support/database';
import { data, municipality } from '../support/registrations';

/**
 * Colleagues' apps on one database, each with its own listener, as two computers would run them.
 * "Within a second" is the promise to the user: every wait for a colleague's change is that long.
 */
const SECOND = { timeout: 1000, interval: 10 };
const coordinator = (name: string) => ({ name, email: '', phone: '', notes: '' });
const registration = { kind: 'registration', id: 7 } as const;
const MUNICIPALITY_CHANGE = { kinds: ['municipality', 'audit'] };
const PRESENCE_CHANGE = { kinds: ['presence'] };

let db: TestDatabase;
const stops: (() => Promise<void>)[] = [];
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  await db.close();
});

/** One running app: its live service, its dispatcher, and what its pages heard. */
async function openApp(hooks: (live: Live) => Partial<DispatcherOptions> = (live) => live.hooks) {
  const live = await startLive(db.dataSource, { firstDelay: 50, maxDelay: 200 });
  stops.push(() => live.stop());
  const heard: LiveChange[] = [];
  live.subscribe((change) => heard.push(change));
  const handlers = createHandlers(
    { dataFolder: db.folder, databaseFile: db.file, backupFolder: db.backupFolder },
    recordingDesktop(),
    live.presence,
  );
  const { dispatch } = createDispatcher(db.dataSource, handlers, {
    computerUser: 'testgebruiker',
    log: { info: () => undefined, error: () => undefined },
    ...hooks(live),
  });
  const call = async <T>(name: string, input: unknown) => data<T>(await dispatch(name, input));
  return { live, heard, dispatch, call };
}

describe.runIf(TEST_ENGINE === 'postgres')('colleagues on the shared database', () => {
  it("tells a colleague's app of a committed command within a second, and its own app once", async () => {
    const [anna, bram] = [await openApp(), await openApp()];
    await anna.call('coordinators.create', coordinator('Sanne de Vries'));
    await vi.waitFor(() => expect(bram.heard).toEqual([{ kinds: ['coordinator', 'audit'] }]), SECOND);
    // Bram's change reaches Anna after her own announcement would have: she heard hers at commit only.
    await bram.call('municipalities.create', municipality('Haarlem', '2000-2039'));
    await vi.waitFor(() => expect(anna.heard).toContainEqual(MUNICIPALITY_CHANGE), SECOND);
    expect(anna.heard).toEqual([{ kinds: ['coordinator', 'audit'] }, MUNICIPALITY_CHANGE]);
  });

  it('announces nothing of a refused command or of one rolled back after announcing', async () => {
    const anna = await openApp();
    const bram = await openApp();
    const carla = await openApp((live) => ({
      ...live.hooks,
      announce: async (manager, change) => {
        await live.hooks.announce!(manager, change);
        throw new Error('lost after announcing');
      },
    }));
    const sanne = await anna.call<{ id: number; version: number }>('coordinators.create', coordinator('Sanne'));
    await vi.waitFor(() => expect(bram.heard).toHaveLength(1), SECOND);
    const refused = await anna.dispatch('coordinators.update', { ...coordinator('Sanne'), id: sanne.id, version: 99 });
    expect(refused.ok).toBe(false);
    expect((await carla.dispatch('coordinators.create', coordinator('Carla'))).ok).toBe(false);
    // Announcements arrive in commit order: once the next one is heard, nothing came before it.
    await anna.call('municipalities.create', municipality('Haarlem', '2000-2039'));
    await vi.waitFor(() => expect(bram.heard).toContainEqual(MUNICIPALITY_CHANGE), SECOND);
    await vi.waitFor(() => expect(carla.heard).toContainEqual(MUNICIPALITY_CHANGE), SECOND);
    expect(bram.heard).toEqual([{ kinds: ['coordinator', 'audit'] }, MUNICIPALITY_CHANGE]);
    expect(carla.heard).toEqual([{ kinds: ['coordinator', 'audit'] }, MUNICIPALITY_CHANGE]);
  });

  it('listens again after its connection was dropped, and has its pages refetch everything', async () => {
    const [anna, bram] = [await openApp(), await openApp()];
    const dropped = await select<{ pid: number }>(
      db.dataSource.manager,
      sql`SELECT pg_terminate_backend("pid") AS "pid" FROM pg_stat_activity
      WHERE "application_name" = ${LISTENER_APPLICATION_NAME} AND "datname" = current_database()`,
    );
    expect(dropped).toHaveLength(2);
    await vi.waitFor(() => expect(bram.heard).toEqual([{ everything: true }]), { timeout: 5000, interval: 20 });
    await anna.call('coordinators.create', coordinator('Sanne'));
    await vi.waitFor(() => expect(bram.heard).toContainEqual({ kinds: ['coordinator', 'audit'] }), SECOND);
  });

  it('shows who has a registration open on another computer, until it is closed', async () => {
    const [anna, bram] = [await openApp(), await openApp()];
    await anna.call('presence.open', registration);
    await vi.waitFor(() => expect(bram.heard).toEqual([PRESENCE_CHANGE]), SECOND);
    expect(await bram.call('presence.list', registration)).toEqual({ names: [testActor()] });
    expect(await anna.call('presence.list', registration)).toEqual({ names: [] });
    expect(await bram.call('presence.list', { kind: 'match', id: 7 })).toEqual({ names: [] });
    // A heartbeat is no news; closing is.
    await anna.call('presence.open', registration);
    await anna.call('presence.close', registration);
    await vi.waitFor(() => expect(bram.heard).toHaveLength(2), SECOND);
    expect(bram.heard).toEqual([PRESENCE_CHANGE, PRESENCE_CHANGE]);
    expect(await bram.call('presence.list', registration)).toEqual({ names: [] });
  });
});

describe.runIf(TEST_ENGINE === 'sqlite')('one user on one computer', () => {
  it("tells this computer's pages at commit, nothing of a refused command, and knows no colleagues", async () => {
    const app = await openApp();
    expect(app.live.hooks.announce).toBeUndefined();
    const sanne = await app.call<{ id: number }>('coordinators.create', coordinator('Sanne'));
    expect(app.heard).toEqual([{ kinds: ['coordinator', 'audit'] }]);
    expect((await app.dispatch('coordinators.update', { ...coordinator('S'), id: sanne.id, version: 99 })).ok).toBe(
      false,
    );
    await app.call('presence.open', registration);
    expect(await app.call('presence.list', registration)).toEqual({ names: [] });
    expect(app.heard).toHaveLength(1);
  });
});
