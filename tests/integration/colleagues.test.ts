import { afterEach, describe, expect, it } from 'vitest';
import { organisationDetails } from '../../scripts/demo/data';
import type { ApiResponse } from '../../shared/api/errors';
import type { DueInstalmentDto, InvoiceDto } from '../../shared/api/invoices';
import type { MunicipalityDto } from '../../shared/api/municipalities';
import type { OrganisationDto } from '../../shared/api/organisation';
import { fixedClock, openColleague, openTestDatabase, testDispatcher, type TestDatabase } from '../support/database';
import { valkenburgContract } from '../support/invoicing';

/**
 * Colleagues on computers of their own: each has a connection of its own to the same database, so
 * only the database keeps their work apart (on SQLite the same file, as two processes would).
 */
let db: TestDatabase;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await db.close();
});

const clock = fixedClock('2024-10-05T09:00:00Z');

async function colleagues(count: number) {
  const opened = await Promise.all(Array.from({ length: count }, () => openColleague(db, clock)));
  closers.push(...opened.map((colleague) => colleague.close));
  return opened;
}

function data<T>(response: ApiResponse<unknown>): T {
  if (!response.ok) throw new Error(JSON.stringify(response.error));
  return response.data as T;
}

/** A fresh database where invoices can be made final: the foundation's details and Valkenburg. */
async function invoicingFoundation() {
  db = await openTestDatabase();
  const api = testDispatcher(db, clock);
  const call = async <T>(name: string, input: unknown) => data<T>(await api.dispatch(name, input));
  const organisation = await call<OrganisationDto>('organisation.get', {});
  await call('organisation.update', { ...organisationDetails, version: organisation.version });
  const municipality = await call<MunicipalityDto>('municipalities.create', {
    name: 'Valkenburg aan de Geul',
    province: null,
    email: '',
    phone: '',
    notes: '',
    coordinatorIds: [],
  });
  return { call, municipality };
}

describe('colleagues working at the same moment', () => {
  it('gives twelve invoices finalised at once from twelve connections twelve consecutive numbers', async () => {
    const { call, municipality } = await invoicingFoundation();
    const monthly = valkenburgContract(municipality.id);
    monthly.schedule.instalments = Array.from({ length: 12 }, (_, k) => ({
      invoiceDate: `2024-${String(k + 1).padStart(2, '0')}-01`,
      shareBasisPoints: k < 4 ? 834 : 833,
    }));
    await call('contracts.create', monthly);
    const due = await call<DueInstalmentDto[]>('instalments.due', { until: '2024-12-31' });
    const { ids } = await call<{ ids: number[] }>('invoices.createFromInstalments', {
      instalmentIds: due.map((i) => i.id),
    });
    expect(ids).toHaveLength(12);

    const team = await colleagues(12);
    const results = await Promise.all(ids.map((id, k) => team[k].dispatch('invoices.finalize', { ids: [id] })));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const numbers = (await call<InvoiceDto[]>('invoices.list', { year: 2024 })).map((i) => i.number).sort();
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, k) => `2024-${String(k + 1).padStart(4, '0')}`));
  });

  it('numbers an invoice that two colleagues finalise at the same moment once, and tells the other', async () => {
    const { call, municipality } = await invoicingFoundation();
    await call('contracts.create', valkenburgContract(municipality.id));
    const [due] = await call<DueInstalmentDto[]>('instalments.due', { until: '2024-10-31' });
    const { ids } = await call<{ ids: number[] }>('invoices.createFromInstalments', { instalmentIds: [due.id] });
    const [anna, bram] = await colleagues(2);
    const results = await Promise.all([anna, bram].map((c) => c.dispatch('invoices.finalize', { ids })));
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    // The later one finds it final, or (when both read it as a concept) finds a colleague got there first.
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { message: expect.stringMatching(/definitief/) } });
    const numbers = (await call<InvoiceDto[]>('invoices.list', { year: 2024 })).map((i) => i.number);
    expect(numbers).toEqual(['2024-0001']);
    const next = await call<{ ids: number[] }>('invoices.createFromInstalments', {
      instalmentIds: (await call<DueInstalmentDto[]>('instalments.due', { until: '2025-03-31' })).map((i) => i.id),
    });
    await call('invoices.finalize', next);
    // No number went to the refused finalisation: the next invoice continues without a gap.
    expect((await call<InvoiceDto[]>('invoices.list', { year: null })).map((i) => i.number).sort()).toEqual([
      '2024-0001',
      '2024-0002',
    ]);
  });

  it('invoices an instalment that two colleagues choose at the same moment once, and tells the other', async () => {
    const { call, municipality } = await invoicingFoundation();
    await call('contracts.create', valkenburgContract(municipality.id));
    const [due] = await call<DueInstalmentDto[]>('instalments.due', { until: '2024-10-31' });
    const [anna, bram] = await colleagues(2);
    const results = await Promise.all(
      [anna, bram].map((c) => c.dispatch('invoices.createFromInstalments', { instalmentIds: [due.id] })),
    );
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { message: expect.stringMatching(/al gefactureerd/) } });
    expect(await call<InvoiceDto[]>('invoices.list', { year: 2024 })).toHaveLength(1);
  });

  it('saves one of two edits made from the same version and refuses the other in Dutch', async () => {
    db = await openTestDatabase();
    const [anna, bram] = await colleagues(2);
    const created = data<MunicipalityDto>(
      await anna.dispatch('municipalities.create', {
        name: 'Heemstede',
        province: null,
        email: '',
        phone: '',
        notes: '',
        coordinatorIds: [],
      }),
    );
    const edit = (phone: string) => ({
      id: created.id,
      version: created.version,
      name: 'Heemstede',
      province: 'Noord-Holland',
      email: '',
      phone,
      notes: '',
      coordinatorIds: [],
    });
    const [first, second] = await Promise.all([
      anna.dispatch('municipalities.update', edit('023 111 1111')),
      bram.dispatch('municipalities.update', edit('023 222 2222')),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const refused = [first, second].find((r) => !r.ok)!;
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'STALE', message: expect.stringMatching(/intussen gewijzigd/) },
    });
    const saved = data<MunicipalityDto>(await anna.dispatch('municipalities.get', { id: created.id }));
    const winner = first.ok ? '023 111 1111' : '023 222 2222';
    expect(saved).toMatchObject({ phone: winner, version: created.version + 1 });
  });
});
