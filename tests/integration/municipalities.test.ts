import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../shared/api/errors';
import type { CoordinatorDto, MunicipalityDto } from '../../shared/api/municipalities';
import {
  openTestDatabase,
  queryAsAdministrator,
  testActor,
  testDispatcher,
  type TestDatabase,
} from '../support/database';

let db: TestDatabase;
let api: ReturnType<typeof testDispatcher>;

beforeEach(async () => {
  db = await openTestDatabase();
  api = testDispatcher(db);
});
afterEach(() => db.close());

function data<T>(response: ApiResponse<unknown>): T {
  if (!response.ok) throw new Error(`expected success, got ${JSON.stringify(response.error)}`);
  return response.data as T;
}

const valkenburg = { name: 'Valkenburg', province: 'Limburg', email: '', phone: '', notes: '', coordinatorIds: [] };

async function countRows(table: string): Promise<number> {
  const [row] = await db.dataSource.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
  return Number(row.n);
}

describe('municipalities through the handler layer', () => {
  it('creates a municipality with a coordinator and lists it', async () => {
    const sanne = data<CoordinatorDto>(
      await api.dispatch('coordinators.create', {
        name: 'Sanne de Vries',
        email: 'Sanne@Buurtgezinnen.nl',
        phone: '0612345678',
        notes: '',
      }),
    );
    expect(sanne.email).toBe('sanne@buurtgezinnen.nl');
    expect(sanne.phone).toBe('06 12345678');
    const created = data<MunicipalityDto>(
      await api.dispatch('municipalities.create', {
        ...valkenburg,
        coordinatorIds: [sanne.id],
      }),
    );
    expect(created).toMatchObject({
      name: 'Valkenburg',
      active: true,
      version: 1,
      coordinators: [{ name: 'Sanne de Vries' }],
    });
    const list = data<MunicipalityDto[]>(await api.dispatch('municipalities.list', {}));
    expect(list.map((m) => m.name)).toEqual(['Valkenburg']);
    const coordinators = data<CoordinatorDto[]>(await api.dispatch('coordinators.list', {}));
    expect(coordinators[0].municipalities).toEqual([{ id: created.id, name: 'Valkenburg' }]);
  });

  it('refuses bad input at the field and writes nothing', async () => {
    const cases = [
      { input: { ...valkenburg, name: '   ' }, path: 'name', message: 'Naam is verplicht.' },
      { input: { ...valkenburg, email: 'info@' }, path: 'email', message: /geldig e-mailadres/ },
      { input: { ...valkenburg, phone: '12345' }, path: 'phone', message: /geldig telefoonnummer/ },
    ];
    for (const { input, path, message } of cases) {
      const response = await api.dispatch('municipalities.create', input);
      expect(response.ok).toBe(false);
      if (response.ok) continue;
      expect(response.error.code).toBe('VALIDATION');
      expect(response.error.issues).toEqual([{ path, message: expect.stringMatching(message) }]);
    }
    expect(await countRows('municipality')).toBe(0);
    expect(await countRows('audit_entry')).toBe(0);
  });

  it('refuses a name that already exists, whatever its case', async () => {
    data(await api.dispatch('municipalities.create', valkenburg));
    const response = await api.dispatch('municipalities.create', { ...valkenburg, name: 'valkenburg ' });
    expect(response).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Er bestaat al een gemeente met de naam "valkenburg".',
        issues: [{ path: 'name', message: 'Er bestaat al een gemeente met de naam "valkenburg".' }],
      },
    });
    expect(await countRows('municipality')).toBe(1);
  });

  it('refuses an edit made from a stale version and keeps the newer one', async () => {
    const created = data<MunicipalityDto>(await api.dispatch('municipalities.create', valkenburg));
    data(await api.dispatch('municipalities.update', { ...valkenburg, id: created.id, version: 1, notes: 'eerste' }));
    const stale = await api.dispatch('municipalities.update', {
      ...valkenburg,
      id: created.id,
      version: 1,
      notes: 'tweede',
    });
    expect(stale.ok || stale.error.code).toBe('STALE');
    expect(stale.ok || stale.error.message).toMatch(/iemand anders heeft dit intussen gewijzigd/i);
    const current = data<MunicipalityDto>(await api.dispatch('municipalities.get', { id: created.id }));
    expect(current).toMatchObject({ notes: 'eerste', version: 2 });
  });

  it('records who changed which field, with old and new values, also for coordinators', async () => {
    const piet = data<CoordinatorDto>(
      await api.dispatch('coordinators.create', { name: 'Piet Jansen', email: '', phone: '', notes: '' }),
    );
    const created = data<MunicipalityDto>(await api.dispatch('municipalities.create', valkenburg));
    data(
      await api.dispatch('municipalities.update', {
        ...valkenburg,
        id: created.id,
        version: 1,
        name: 'Valkenburg aan de Geul',
        coordinatorIds: [piet.id],
      }),
    );
    data(await api.dispatch('municipalities.setActive', { id: created.id, version: 2, active: false }));

    const history = data<{ actor: string; operation: string; changes: unknown[] }[]>(
      await api.dispatch('audit.history', { entityType: 'municipality', entityId: created.id }),
    );
    expect(history.map((entry) => entry.operation)).toEqual([
      'municipalities.setActive',
      'municipalities.update',
      'municipalities.create',
    ]);
    expect(history.every((entry) => entry.actor === testActor())).toBe(true);
    expect(history[1].changes).toEqual([
      { field: 'name', old: 'Valkenburg', new: 'Valkenburg aan de Geul' },
      { field: 'coordinators', old: '', new: 'Piet Jansen' },
    ]);
    expect(history[0].changes).toEqual([{ field: 'active', old: true, new: false }]);
  });

  it('names the operating system user (the login on the shared database)', async () => {
    const created = data<MunicipalityDto>(await api.dispatch('municipalities.create', valkenburg));
    const [entry] = data<{ actor: string }[]>(
      await api.dispatch('audit.history', { entityType: 'municipality', entityId: created.id }),
    );
    expect(entry.actor).toBe(testActor());
  });
});

describe('the handler layer boundary', () => {
  it('answers an unknown operation with the typed error', async () => {
    expect(await api.dispatch('municipalities.drop', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_OPERATION', message: expect.any(String), issues: [] },
    });
    expect(await api.dispatch(42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
  });

  it('answers a malformed payload with field issues, never a stack trace', async () => {
    for (const payload of ['DROP TABLE municipality', [1, 2], { name: 5, coordinatorIds: 'x' }]) {
      const response = await api.dispatch('municipalities.create', payload);
      expect(response.ok).toBe(false);
      if (response.ok) continue;
      expect(response.error.code).toBe('VALIDATION');
      expect(response.error.issues.length).toBeGreaterThan(0);
      expect(JSON.stringify(response.error)).not.toMatch(/at \w+ \(|SQLITE|node_modules/);
    }
  });

  it('answers an unexpected failure with a Dutch message and logs no personal data', async () => {
    data(await api.dispatch('municipalities.create', { ...valkenburg, name: 'Heemstede' }));
    await queryAsAdministrator(db, 'DROP TABLE "municipality_coordinator"');
    const response = await api.dispatch('municipalities.create', { ...valkenburg, name: 'Geheime Gemeente' });
    expect(response).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/niets opgeslagen/) },
    });
    expect(api.logged.join('\n')).not.toMatch(/Geheime Gemeente/);
    expect(await countRows('municipality')).toBe(1);
  });
});
