import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { select, sql } from '../../electron/db/sql';
import type { QueueResult, RegistrationDto, StatsRow } from '../../shared/api/registrations';
import { REGISTRATION_STATUSES, TRANSITIONS } from '../../shared/domain/registrations/status';
import { fixedClock, openTestDatabase, testActor, testDispatcher, type TestDatabase } from '../support/database';
import { data, vraaggezin, workArea } from '../support/registrations';

let db: TestDatabase;
let api: ReturnType<typeof testDispatcher>;
let area: Awaited<ReturnType<typeof workArea>>;

beforeEach(async () => {
  db = await openTestDatabase();
  api = testDispatcher(db, fixedClock('2026-11-23T09:00:00Z'));
  area = await workArea(api.dispatch);
});
afterEach(() => db.close());

const queueAll = {
  statuses: [],
  kind: null,
  municipalityId: null,
  outsideWorkArea: false,
  channel: null,
  waitingLongerThanDays: null,
  search: '',
  limit: 500,
};

async function register(overrides = {}, family = {}) {
  return data<RegistrationDto>(
    await api.dispatch('registrations.create', {
      ...vraaggezin({ municipalityId: area.haarlem, ...family }),
      ...overrides,
    }),
  );
}

async function count(table: string) {
  const [{ n }] = await db.dataSource.query<{ n: number }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
  return n;
}

function registrationRow(id: number) {
  return select(db.dataSource.manager, sql`SELECT * FROM "registration" WHERE "id" = ${id}`);
}

describe('registering a family', () => {
  it('stores the family, its people and a new registration with its first history line', async () => {
    const registration = await register();
    expect(registration).toMatchObject({
      status: 'nieuw',
      municipality: { name: 'Haarlem' },
      family: {
        name: 'Familie Jansen',
        postcode: '2011 AB',
        phone: '06 12345678',
        people: [{ firstName: 'Marieke' }, { firstName: 'Daan', role: 'kind' }],
      },
      history: [{ from: null, to: 'nieuw', actor: testActor() }],
    });
  });

  it('suggests the municipality from the postcode, or flags it outside every werkgebied', async () => {
    const suggest = (postcode: string, place?: string) =>
      api.dispatch('families.suggestMunicipality', { postcode, place });
    expect(data(await suggest('2011ab'))).toEqual({
      municipality: { id: area.haarlem, name: 'Haarlem' },
      outsideWorkArea: false,
    });
    expect(data(await suggest('2041 KP'))).toMatchObject({ municipality: { name: 'Zandvoort' } });
    expect(data(await suggest('9999 ZZ'))).toEqual({ municipality: null, outsideWorkArea: true });
    expect(data(await suggest('', 'zandvoort'))).toMatchObject({ municipality: { name: 'Zandvoort' } });
  });

  it('refuses a vraaggezin without a child of 0 to 23 and birth dates in the future, writing nothing', async () => {
    const adultsOnly = await api.dispatch(
      'registrations.create',
      vraaggezin({
        people: [
          { firstName: 'Marieke', lastName: 'Jansen', birthDate: '1988-04-02', role: 'ouder' },
          { firstName: 'Bas', lastName: 'Jansen', birthDate: '2002-11-22', role: 'kind' },
        ],
      }),
    );
    expect(adultsOnly).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'family.people', message: expect.stringMatching(/0 tot en met 23/) }] },
    });
    const future = await api.dispatch(
      'registrations.create',
      vraaggezin({
        people: [{ firstName: 'Daan', lastName: 'Jansen', birthDate: '2026-12-01', role: 'kind' }],
      }),
    );
    expect(future.ok || future.error.issues.map((i) => i.path)).toEqual(['family.people.0.birthDate', 'family.people']);
    const badPostcode = await api.dispatch('registrations.create', vraaggezin({ postcode: '201 AB' }));
    expect(badPostcode).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'family.postcode', message: 'Vul een postcode in zoals 1234 AB.' }] },
    });
    expect(await count('family')).toBe(0);
    expect(await count('registration')).toBe(0);
  });

  it('warns about the same family registered again and can link to it instead', async () => {
    const first = await register();
    const again = await api.dispatch('registrations.create', vraaggezin({ postcode: '2011 AB', phone: '', email: '' }));
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'duplicates' }] } });
    const candidates = data(
      await api.dispatch('families.findDuplicates', {
        email: 'JANSEN@voorbeeld.nl',
        people: [{ firstName: 'Mariek', lastName: 'Janssen', birthDate: '1988-04-02' }],
      }),
    );
    expect(candidates).toEqual([
      expect.objectContaining({
        familyId: first.family.id,
        name: 'Familie Jansen',
        reasons: ['zelfde e-mailadres', 'vrijwel dezelfde naam en geboortedatum'],
      }),
    ]);
    const linked = await register({ existingFamilyId: first.family.id });
    expect(linked.family.id).toBe(first.family.id);
    expect(await count('family')).toBe(1);
    const accepted = await register({ acceptDuplicate: true });
    expect(accepted.duplicateSuspected).toBe(true);
    expect(await count('family')).toBe(2);
  });
});

describe('the status machine', () => {
  async function moveTo(id: number, to: string, extra = {}) {
    const { version } = data<RegistrationDto>(await api.dispatch('registrations.get', { id }));
    return api.dispatch('registrations.changeStatus', {
      id,
      version,
      to,
      reason: 'reden',
      referredTo: 'Home-Start',
      coordinatorId: area.sanne,
      ...extra,
    });
  }

  /** Brings a fresh registration to a given status along allowed steps. */
  async function registrationIn(status: string): Promise<number> {
    const { id } = await register({ acceptDuplicate: true });
    if (status !== 'nieuw') data(await moveTo(id, status));
    return id;
  }

  it('refuses every forbidden transition in Dutch and writes nothing', async () => {
    for (const from of REGISTRATION_STATUSES) {
      const id = await registrationIn(from);
      const before = JSON.stringify(await registrationRow(id));
      const changes = await count('registration_status_change');
      for (const to of REGISTRATION_STATUSES.filter((s) => !TRANSITIONS[from].includes(s))) {
        const response = await moveTo(id, to);
        expect(response, `${from} → ${to}`).toMatchObject({
          ok: false,
          error: { code: 'VALIDATION', issues: [{ path: 'to' }] },
        });
        expect(response.ok || response.error.message).toMatch(/kan niet/);
      }
      expect(JSON.stringify(await registrationRow(id))).toBe(before);
      expect(await count('registration_status_change')).toBe(changes);
    }
  });

  it('needs a reason to leave the normal path, and an organisation to refer to', async () => {
    const id = await registrationIn('nieuw');
    expect(await moveTo(id, 'afgewezen', { reason: '' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'reason' }] },
    });
    expect(await moveTo(id, 'doorverwezen', { referredTo: '' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'referredTo' }] },
    });
    data(await moveTo(id, 'doorverwezen', { reason: 'Past beter bij een buddyproject' }));
    const registration = data<RegistrationDto>(await api.dispatch('registrations.get', { id }));
    expect(registration).toMatchObject({ status: 'doorverwezen', referredTo: 'Home-Start' });
    expect(registration.history[0]).toMatchObject({
      from: 'nieuw',
      to: 'doorverwezen',
      reason: 'Past beter bij een buddyproject',
    });
  });

  it("hands over only to a coordinator of the registration's municipality", async () => {
    const id = await registrationIn('in_behandeling');
    expect(await moveTo(id, 'doorgezet', { coordinatorId: area.piet })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'coordinatorId', message: 'Piet Bakker werkt niet in de gemeente Haarlem.' }] },
    });
    const handedOver = data<RegistrationDto>(await moveTo(id, 'doorgezet', { coordinatorId: area.sanne, reason: '' }));
    expect(handedOver).toMatchObject({ status: 'doorgezet', coordinator: { name: 'Sanne de Vries' } });
    expect(handedOver.history.map((h) => h.to)).toEqual(['doorgezet', 'in_behandeling', 'nieuw']);
  });

  it('does a bulk hand-over for all selected registrations or for none', async () => {
    const haarlem = await registrationIn('nieuw');
    const outside = (await register({ acceptDuplicate: true }, { municipalityId: null })).id;
    const refused = await api.dispatch('registrations.bulk', {
      action: 'handOver',
      ids: [haarlem, outside],
      coordinatorId: area.sanne,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Familie Jansen.*nog geen gemeente.*niets gewijzigd/) },
    });
    expect(
      (await db.dataSource.query<{ status: string }[]>(`SELECT status FROM registration`)).map((r) => r.status),
    ).toEqual(['nieuw', 'nieuw']);
    data(
      await api.dispatch('registrations.bulk', {
        action: 'assignMunicipality',
        ids: [outside],
        municipalityId: area.haarlem,
      }),
    );
    data(
      await api.dispatch('registrations.bulk', {
        action: 'handOver',
        ids: [haarlem, outside],
        coordinatorId: area.sanne,
      }),
    );
    expect(
      (await db.dataSource.query<{ status: string }[]>(`SELECT status FROM registration`)).map((r) => r.status),
    ).toEqual(['doorgezet', 'doorgezet']);
    const history = data<{ operation: string }[]>(
      await api.dispatch('audit.history', { entityType: 'registration', entityId: outside }),
    );
    expect(history.map((h) => h.operation)).toEqual([
      'registrations.bulk',
      'registrations.bulk',
      'registrations.create',
    ]);
  });
});

describe('the queue and the numbers', () => {
  it('lists open registrations oldest first with days waiting and overdue marks, filtered and searched', async () => {
    await register({ registration: { ...vraaggezin().registration, receivedDate: '2026-11-20' } });
    await register(
      {
        acceptDuplicate: true,
        registration: {
          ...vraaggezin().registration,
          receivedDate: '2026-10-01',
          channel: 'zelf',
          referrerOrganisation: '',
          referrerType: null,
        },
      },
      {
        people: [{ firstName: 'Yusuf', lastName: 'Kaya', birthDate: '2019-01-01', role: 'kind' }],
        postcode: '2041KP',
        municipalityId: area.zandvoort,
      },
    );
    const queue = data<QueueResult>(await api.dispatch('registrations.queue', { ...queueAll, statuses: ['nieuw'] }));
    expect(queue.total).toBe(2);
    expect(queue.rows.map((r) => [r.familyName, r.receivedDate, r.daysWaiting, r.overdue])).toEqual([
      ['Familie Kaya', '2026-10-01', 53, true],
      ['Familie Jansen', '2026-11-20', 3, false],
    ]);
    const q = async (filter: object) =>
      data<QueueResult>(await api.dispatch('registrations.queue', { ...queueAll, ...filter })).rows.map(
        (r) => r.familyName,
      );
    expect(await q({ search: 'kay' })).toEqual(['Familie Kaya']);
    expect(await q({ search: 'Mariëke' })).toEqual(['Familie Jansen']);
    expect(await q({ search: '2041' })).toEqual(['Familie Kaya']);
    expect(await q({ search: '2011ab' })).toEqual(['Familie Jansen']);
    expect(await q({ channel: 'zelf' })).toEqual(['Familie Kaya']);
    expect(await q({ municipalityId: area.haarlem })).toEqual(['Familie Jansen']);
    expect(await q({ waitingLongerThanDays: 14 })).toEqual(['Familie Kaya']);
    expect(await q({ kind: 'steun' })).toEqual([]);
  });

  it('counts registrations per municipality, kind, channel and month with the median days to hand-over', async () => {
    const { id, version } = await register();
    data(
      await api.dispatch('registrations.changeStatus', {
        id,
        version,
        to: 'doorgezet',
        reason: '',
        referredTo: '',
        coordinatorId: area.sanne,
      }),
    );
    await register({ acceptDuplicate: true });
    const stats = data<StatsRow[]>(await api.dispatch('registrations.stats', { year: 2026 }));
    expect(stats).toEqual([
      {
        municipality: 'Haarlem',
        kind: 'vraag',
        channel: 'verwijzer',
        month: '2026-11',
        received: 2,
        handedOver: 1,
        referred: 0,
        declined: 0,
        medianDaysToHandOver: 21,
      },
    ]);
  });
});
