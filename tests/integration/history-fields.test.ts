import { expect, it } from 'vitest';
import { toSnapshot, type Snapshot } from '../../electron/services/audit/audit';
import { auditLoaders } from '../../electron/services/audit/loaders';
import type { ServiceContext } from '../../electron/services/context';
import { ROLES } from '../../shared/api/access';
import { AUDIT_READERS, type AuditValue, type AuditedEntity } from '../../shared/api/audit';
import type { FamilyDto } from '../../shared/api/families';
import { HISTORY_FIELDS } from '../../shared/api/history';
import { isNote, type HistoryField } from '../../shared/api/history/field';
import { fixedClock, TEST_ENGINE, testActor } from '../support/database';
import { seedFoundation } from '../support/foundation';
import { scenario } from '../support/scenario';

const foundation = scenario('2026-11-20T10:00:00Z');

/** The foundation's work, a corrected family, and on PostgreSQL (where accounts live) an account. */
async function everyKindOfRecord(): Promise<void> {
  const { call } = foundation;
  await seedFoundation(foundation.api.dispatch, foundation.setNow);
  const [{ familyId }] = await foundation.db.dataSource.query<{ familyId: number }[]>(
    'SELECT "familyId" FROM "registration" ORDER BY "id" LIMIT 1',
  );
  const family = await call<FamilyDto>('families.get', { id: familyId });
  await call('families.update', {
    ...family,
    houseNumberAddition: family.houseNumberAddition ?? '',
    phone: family.phone ?? '',
    email: family.email ?? '',
    notes: 'Verhuisd.',
    street: 'Kerkplein',
    municipalityId: family.municipality?.id ?? null,
  });
  if (TEST_ENGINE === 'postgres')
    await call('accounts.create', {
      login: `bg_test_historie_${Date.now()}`,
      name: 'Fatima el Amrani',
      roles: ['backoffice', 'financien'],
      password: 'een-lang-wachtwoord',
    });
}

/** Per kind: the newest record with a history, as its audit view shows it, and every field its history recorded. */
async function auditedRecords() {
  const rows = await foundation.db.dataSource.query<{ entityType: AuditedEntity; entityId: number; changes: string }[]>(
    'SELECT "entityType", "entityId", "changes" FROM "audit_entry" ORDER BY "id" DESC',
  );
  const ctx: ServiceContext = {
    manager: foundation.db.dataSource.manager,
    clock: fixedClock('2027-02-01T10:00:00Z'),
    actor: testActor(),
    actorName: 'Test',
    roles: ROLES,
    afterCommit: () => undefined,
  };
  const records = new Map<AuditedEntity, { view: Snapshot; recorded: { field: string; value: AuditValue }[] }>();
  for (const row of rows) {
    const record = records.get(row.entityType) ?? { view: {}, recorded: [] };
    records.set(row.entityType, record);
    for (const change of JSON.parse(row.changes) as { field: string; old: AuditValue; new: AuditValue }[])
      record.recorded.push({ field: change.field, value: change.old }, { field: change.field, value: change.new });
    // A deleted concept invoice reads as nothing: the next newest record stands for its kind.
    if (Object.keys(record.view).length === 0)
      record.view = toSnapshot(await auditLoaders[row.entityType](ctx, row.entityId));
  }
  return records;
}

/** Whether a value has the shape its declared kind shows. */
function fits(field: HistoryField, value: AuditValue): boolean {
  if (value === null || value === '' || field.kind === 'hidden') return true;
  switch (field.kind) {
    case 'text':
      return typeof value === 'string';
    case 'note':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'money':
      return Number.isInteger(value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    case 'yesNo':
      return typeof value === 'boolean';
    case 'choice':
      return String(value) in field.choices;
    case 'choices':
      return String(value)
        .split(', ')
        .every((code) => code in field.choices);
  }
}

it('labels every field of every audited kind, and declares the kind of value each holds', async () => {
  await everyKindOfRecord();
  const records = await auditedRecords();
  const kinds = (Object.keys(AUDIT_READERS) as AuditedEntity[]).filter(
    (kind) => kind !== 'account' || TEST_ENGINE === 'postgres',
  );
  expect([...records.keys()].sort()).toEqual(kinds.sort());
  for (const [kind, { view, recorded }] of records) {
    const declared = HISTORY_FIELDS[kind];
    expect(Object.keys(view).sort(), `the fields of ${kind}'s audit view`).toEqual(Object.keys(declared).sort());
    const unlabelled = recorded.filter(({ field }) => !(field in declared)).map(({ field }) => field);
    expect(unlabelled, `fields ${kind}'s history recorded without a label`).toEqual([]);
    const misfits = [...Object.entries(view).map(([field, value]) => ({ field, value })), ...recorded]
      .filter(({ field, value }) => !fits(declared[field], value))
      .map(({ field, value }) => `${field}: ${JSON.stringify(value)}`);
    expect(misfits, `values of ${kind} that are not of their declared kind`).toEqual([]);
    // Free text never reaches the trail: only that it changed.
    const notesKept = recorded.filter(({ field, value }) => isNote(declared[field]) && value !== null);
    expect(notesKept, `free text of ${kind} copied into the trail`).toEqual([]);
  }
}, 120_000);
