import type { EntityManager } from 'typeorm';
import type { BulkAction, RegistrationCreate, RegistrationDto, StatusChange } from '../../../shared/api/registrations';
import {
  STATUS_LABELS,
  needsReason,
  transitionError,
  type RegistrationStatus,
} from '../../../shared/domain/registrations/status';
import { CoordinatorEntity } from '../../db/entities/Coordinator';
import { FamilyEntity } from '../../db/entities/Family';
import { MunicipalityEntity } from '../../db/entities/Municipality';
import { RegistrationEntity, RegistrationStatusChangeEntity, type Registration } from '../../db/entities/Registration';
import { timestamp, currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { DomainError, claimVersion, fieldError, notFound } from '../errors';
import { MUNICIPALITY_GONE } from '../references';
import { duplicatesInputOf } from './duplicates';
import { assertFamilyRules, findDuplicateFamilies, getFamily, insertFamily } from './families';

const DUPLICATE_MESSAGE =
  'Dit gezin lijkt al bekend. Koppel de aanmelding aan het bestaande gezin, of kies bewust voor een nieuw gezin.';

export async function createRegistration(ctx: ServiceContext, input: RegistrationCreate): Promise<RegistrationDto> {
  const today = currentDate(ctx.clock);
  if (input.registration.receivedDate > today) {
    throw fieldError('registration.receivedDate', 'De datum van aanmelding kan niet in de toekomst liggen.');
  }
  const { familyId, familyKind, municipalityId, duplicateSuspected } = input.existingFamilyId
    ? await existingFamily(ctx.manager, input.existingFamilyId)
    : await newFamily(ctx, input, today);
  // A new family's municipality is checked before the family is written.
  if (input.existingFamilyId && municipalityId !== null)
    await assertActiveMunicipality(ctx.manager, municipalityId, 'family.municipalityId');
  const now = timestamp(ctx.clock);
  const saved = await ctx.manager.save(RegistrationEntity, {
    ...input.registration,
    familyId,
    familyKind,
    municipalityId,
    coordinatorId: null,
    status: 'nieuw' as const,
    referredTo: null,
    handedOverDate: null,
    duplicateSuspected,
    importKey: null,
    importBatchId: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  await recordStatusChange(ctx, saved.id, null, 'nieuw', null);
  return getRegistration(ctx, { id: saved.id });
}

async function existingFamily(manager: EntityManager, id: number) {
  const family = await manager.findOneBy(FamilyEntity, { id });
  if (!family) throw fieldError('existingFamilyId', 'Het gekozen gezin bestaat niet meer.');
  return {
    familyId: family.id,
    familyKind: family.kind,
    municipalityId: family.municipalityId,
    duplicateSuspected: false,
  };
}

async function newFamily(ctx: ServiceContext, input: RegistrationCreate, today: string) {
  assertFamilyRules(input.family, today, 'family.');
  const { family } = input;
  if (family.municipalityId !== null)
    await assertActiveMunicipality(ctx.manager, family.municipalityId, 'family.municipalityId');
  const duplicates = await findDuplicateFamilies(ctx.manager, duplicatesInputOf(family));
  if (duplicates.length > 0 && !input.acceptDuplicate) {
    throw new DomainError('CONFLICT', DUPLICATE_MESSAGE, [{ path: 'duplicates', message: DUPLICATE_MESSAGE }]);
  }
  const familyId = await insertFamily(ctx, input.family);
  return {
    familyId,
    familyKind: input.family.kind,
    municipalityId: input.family.municipalityId,
    duplicateSuspected: duplicates.length > 0,
  };
}

export async function getRegistration(ctx: ServiceContext, input: { id: number }): Promise<RegistrationDto> {
  const row = await ctx.manager.findOne(RegistrationEntity, {
    where: { id: input.id },
    relations: { municipality: true, coordinator: true },
  });
  if (!row) throw notFound('Deze aanmelding');
  const history = await ctx.manager.find(RegistrationStatusChangeEntity, {
    where: { registrationId: row.id },
    order: { id: 'DESC' },
  });
  return {
    id: row.id,
    receivedDate: row.receivedDate,
    channel: row.channel,
    referrerOrganisation: row.referrerOrganisation,
    referrerType: row.referrerType,
    referrerContact: row.referrerContact,
    question: row.question,
    status: row.status,
    referredTo: row.referredTo,
    municipality: row.municipality ? { id: row.municipality.id, name: row.municipality.name } : null,
    coordinator: row.coordinator ? { id: row.coordinator.id, name: row.coordinator.name } : null,
    duplicateSuspected: row.duplicateSuspected,
    family: await getFamily(ctx.manager, row.familyId),
    history: history.map(({ at, actor, fromStatus, toStatus, reason }) => ({
      at,
      actor,
      from: fromStatus,
      to: toStatus,
      reason,
    })),
    version: row.version,
  };
}

export async function changeStatus(ctx: ServiceContext, input: StatusChange): Promise<RegistrationDto> {
  const registration = await findRegistration(ctx.manager, input.id);
  await claimVersion(ctx, RegistrationEntity, registration, input.version);
  await applyStatus(ctx, registration, input);
  return getRegistration(ctx, { id: registration.id });
}

interface Transition {
  to: RegistrationStatus;
  reason: string | null;
  referredTo?: string | null;
  coordinatorId?: number | null;
}

/** Moves a registration along the state machine, with the checks each step needs. */
async function applyStatus(ctx: ServiceContext, registration: Registration, change: Transition): Promise<void> {
  const from = registration.status;
  const refused = transitionError(from, change.to);
  if (refused) throw fieldError('to', refused);
  if (needsReason(change.to) && !change.reason) {
    throw fieldError('reason', `Geef een reden op voor "${STATUS_LABELS[change.to]}".`);
  }
  if (change.to === 'doorverwezen') {
    if (!change.referredTo) throw fieldError('referredTo', 'Vul in naar welke organisatie het gezin is doorverwezen.');
    registration.referredTo = change.referredTo;
  }
  if (change.to === 'doorgezet') {
    registration.coordinatorId = await coordinatorFor(ctx.manager, registration, change.coordinatorId ?? null);
    registration.handedOverDate = currentDate(ctx.clock);
  }
  registration.status = change.to;
  registration.updatedAt = timestamp(ctx.clock);
  await ctx.manager.save(RegistrationEntity, registration);
  await recordStatusChange(ctx, registration.id, from, change.to, change.reason);
}

/** A registration goes only to a coordinator who works in its municipality. */
async function coordinatorFor(
  manager: EntityManager,
  registration: Registration,
  coordinatorId: number | null,
): Promise<number> {
  if (registration.municipalityId === null) {
    throw fieldError('coordinatorId', 'Deze aanmelding heeft nog geen gemeente. Kies eerst de gemeente.');
  }
  if (coordinatorId === null) throw fieldError('coordinatorId', 'Kies de coördinator aan wie u de aanmelding doorzet.');
  const coordinator = await manager.findOne(CoordinatorEntity, {
    where: { id: coordinatorId },
    relations: { municipalities: true },
  });
  if (!coordinator || !coordinator.active)
    throw fieldError('coordinatorId', 'Deze coördinator bestaat niet of is niet actief.');
  const municipality = await manager.findOneByOrFail(MunicipalityEntity, { id: registration.municipalityId });
  if (!coordinator.municipalities?.some((m) => m.id === municipality.id)) {
    throw fieldError('coordinatorId', `${coordinator.name} werkt niet in de gemeente ${municipality.name}.`);
  }
  return coordinator.id;
}

/** One bulk action on many registrations: all of them change, or none. */
export async function bulkChange(ctx: ServiceContext, input: BulkAction): Promise<{ changed: number }> {
  if (input.action === 'assignMunicipality')
    await assertActiveMunicipality(ctx.manager, input.municipalityId, 'municipalityId');
  for (const id of input.ids) {
    const registration = await findRegistration(ctx.manager, id);
    registration.version += 1;
    try {
      if (input.action === 'assignMunicipality') await assignMunicipality(ctx, registration, input.municipalityId);
      if (input.action === 'handOver')
        await applyStatus(ctx, registration, { to: 'doorgezet', reason: null, coordinatorId: input.coordinatorId });
      if (input.action === 'waitlist') await applyStatus(ctx, registration, { to: 'wachtlijst', reason: input.reason });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const family = await getFamily(ctx.manager, registration.familyId);
      const message = `${family.name} (aanmelding ${registration.id}): ${error.message} Er is niets gewijzigd.`;
      throw new DomainError(error.code, message, [{ path: 'ids', message }]);
    }
  }
  return { changed: input.ids.length };
}

async function assignMunicipality(ctx: ServiceContext, registration: Registration, municipalityId: number) {
  if (registration.status === 'doorgezet')
    throw new DomainError('VALIDATION', 'Deze aanmelding is al doorgezet naar een coördinator.');
  registration.municipalityId = municipalityId;
  registration.updatedAt = timestamp(ctx.clock);
  await ctx.manager.save(RegistrationEntity, registration);
  await ctx.manager.update(FamilyEntity, { id: registration.familyId }, { municipalityId });
}

async function assertActiveMunicipality(manager: EntityManager, id: number, path: string) {
  const municipality = await manager.findOneBy(MunicipalityEntity, { id });
  if (!municipality) throw fieldError(path, MUNICIPALITY_GONE);
  if (!municipality.active) throw fieldError(path, 'Kies een actieve gemeente.');
}

export async function findRegistration(manager: EntityManager, id: number): Promise<Registration> {
  const registration = await manager.findOneBy(RegistrationEntity, { id });
  if (!registration) throw notFound('Deze aanmelding');
  return registration;
}

async function recordStatusChange(
  ctx: ServiceContext,
  registrationId: number,
  from: RegistrationStatus | null,
  to: RegistrationStatus,
  reason: string | null,
) {
  await ctx.manager.insert(RegistrationStatusChangeEntity, {
    registrationId,
    at: timestamp(ctx.clock),
    actor: ctx.actor,
    fromStatus: from,
    toStatus: to,
    reason,
  });
}
