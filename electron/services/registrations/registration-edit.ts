import type { EntityManager } from 'typeorm';
import type { DuplicateCandidate } from '../../../shared/api/families';
import type { DuplicateResolution, RegistrationDto, RegistrationUpdate } from '../../../shared/api/registrations';
import { FamilyEntity } from '../../db/entities/Family';
import { InsurancePolicyFamilyEntity } from '../../db/entities/InsurancePolicyFamily';
import { MatchEntity } from '../../db/entities/Match';
import { RegistrationEntity } from '../../db/entities/Registration';
import { select, sql } from '../../db/sql';
import { currentDate, timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { claimVersion, fieldError } from '../errors';
import { duplicatesInputOf } from './duplicates';
import { findDuplicateFamilies, getFamily } from './families';
import { findRegistration, getRegistration } from './registrations';

/** Corrects what was recorded about the registration itself; the family has a form of its own. */
export async function updateRegistration(ctx: ServiceContext, input: RegistrationUpdate): Promise<RegistrationDto> {
  const { id, version, ...fields } = input;
  if (fields.receivedDate > currentDate(ctx.clock)) {
    throw fieldError('receivedDate', 'De datum van aanmelding kan niet in de toekomst liggen.');
  }
  const registration = await findRegistration(ctx.manager, id);
  await claimVersion(ctx, RegistrationEntity, registration, version);
  await ctx.manager.save(RegistrationEntity, {
    ...registration,
    ...fields,
    referrerType: fields.channel === 'verwijzer' ? fields.referrerType : null,
    updatedAt: timestamp(ctx.clock),
  });
  return getRegistration(ctx, { id });
}

/** The known families the registration's family may be, itself left out. */
export async function duplicateCandidates(ctx: ServiceContext, input: { id: number }): Promise<DuplicateCandidate[]> {
  const registration = await findRegistration(ctx.manager, input.id);
  const family = await getFamily(ctx.manager, registration.familyId);
  const candidates = await findDuplicateFamilies(ctx.manager, duplicatesInputOf(family));
  return candidates.filter((candidate) => candidate.familyId !== family.id);
}

/**
 * Settles a "Mogelijk dubbel": not the same family (the mark goes), or the same as a known family:
 * the registration moves to that family, and the copy made at registration is removed when nothing
 * else refers to it, so the foundation keeps one file per family.
 */
export async function resolveDuplicate(ctx: ServiceContext, input: DuplicateResolution): Promise<RegistrationDto> {
  const registration = await findRegistration(ctx.manager, input.id);
  await claimVersion(ctx, RegistrationEntity, registration, input.version);
  const copyId = registration.familyId;
  if (input.sameFamilyId !== null) {
    if (input.sameFamilyId === copyId) throw fieldError('sameFamilyId', 'Kies een ander gezin dan dit gezin zelf.');
    const known = await ctx.manager.findOneBy(FamilyEntity, { id: input.sameFamilyId });
    if (!known) throw fieldError('sameFamilyId', 'Het gekozen gezin bestaat niet (meer).');
    if (known.kind !== registration.familyKind) {
      throw fieldError('sameFamilyId', 'Het gekozen gezin is van een andere soort (vraag- of steungezin).');
    }
    Object.assign(registration, { familyId: known.id, municipalityId: known.municipalityId });
  }
  await ctx.manager.save(RegistrationEntity, {
    ...registration,
    duplicateSuspected: false,
    updatedAt: timestamp(ctx.clock),
  });
  if (input.sameFamilyId !== null && !(await isReferredTo(ctx.manager, copyId))) {
    await ctx.manager.delete(FamilyEntity, { id: copyId });
  }
  return getRegistration(ctx, { id: registration.id });
}

/** Whether anything but its people still refers to the family: another registration, a match, a policy, a VOG. */
async function isReferredTo(manager: EntityManager, familyId: number): Promise<boolean> {
  const uses = [
    await manager.countBy(RegistrationEntity, { familyId }),
    await manager.countBy(MatchEntity, { requestingFamilyId: familyId }),
    await manager.countBy(MatchEntity, { supportFamilyId: familyId }),
    await manager.countBy(InsurancePolicyFamilyEntity, { familyId }),
  ];
  const vogs = await select<{ n: number }>(
    manager,
    sql`SELECT COUNT(*) AS "n" FROM "vog" "v" JOIN "person" "p" ON "p"."id" = "v"."personId"
    WHERE "p"."familyId" = ${familyId}`,
  );
  return uses.some((count) => count > 0) || Number(vogs[0].n) > 0;
}
