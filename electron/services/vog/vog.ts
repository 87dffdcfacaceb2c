import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { STALE_MESSAGE } from '../../../shared/api/errors';
import type { VogBulkRequest, VogChange, VogDetailDto, VogRowDto, VogScan } from '../../../shared/api/vog';
import { daysBetween } from '../../../shared/domain/dates';
import {
  needsVog,
  renewBefore,
  requestOverdue,
  validUntil,
  vogTransitionError,
  type VogRules,
  type VogStatus,
} from '../../../shared/domain/vog/status';
import { PersonEntity } from '../../db/entities/Family';
import { VogEntity, VogStatusChangeEntity, type Vog } from '../../db/entities/Vog';
import { raw, select, selectOne, sql, type Sql } from '../../db/sql';
import { deleteStoredFiles, openAttachment, storeAttachment } from '../attachments';
import { timestamp, currentDate } from '../clock';
import type { ServiceContext } from '../context';
import type { Desktop } from '../desktop';
import { DomainError, claimVersion, fieldError, notFound } from '../errors';
import { familyLastName, familyNameOf } from '../registrations/family-sql';
import type { DataPaths } from '../settings/system';
import { vogRules } from './rules';

interface VolunteerRow {
  personId: number;
  firstName: string;
  lastName: string;
  birthDate: string;
  role: string;
  familyId: number;
  familyLastName: string | null;
  email: string | null;
  municipalityId: number | null;
  municipalityName: string | null;
}

/** The people of steungezinnen that meet the condition, with their family and its municipality. */
function volunteers(condition: Sql): Sql {
  return sql`SELECT "p"."id" AS "personId", "p"."firstName", "p"."lastName", "p"."birthDate", "p"."role",
      "f"."id" AS "familyId", ${familyLastName(raw('"f"."id"'))} AS "familyLastName", "f"."email", "f"."municipalityId",
      "m"."name" AS "municipalityName"
    FROM "person" "p" JOIN "family" "f" ON "f"."id" = "p"."familyId" LEFT JOIN "municipality" "m" ON "m"."id" = "f"."municipalityId"
    WHERE "f"."kind" = 'steun' AND ${condition}`;
}

/**
 * By last name, then first name, the Dutch way. Sorted here rather than in SQL, where the order of
 * text follows the engine (SQLite compares bytes, PostgreSQL the server's collation).
 */
function byName(a: VolunteerRow, b: VolunteerRow): number {
  return a.lastName.localeCompare(b.lastName, 'nl') || a.firstName.localeCompare(b.firstName, 'nl');
}

/** Everyone in a steungezin who needs a VOG today, with where their VOG stands. */
export async function listVog(ctx: ServiceContext): Promise<VogRowDto[]> {
  const today = currentDate(ctx.clock);
  const rules = await vogRules(ctx.manager);
  const people = (await select<VolunteerRow>(ctx.manager, volunteers(sql`1 = 1`))).sort(byName);
  const records = new Map((await ctx.manager.find(VogEntity)).map((vog) => [vog.personId, vog]));
  return people
    .filter((person) => needsVog(person, today, rules) || records.has(person.personId))
    .map((person) => toRow(person, records.get(person.personId) ?? null, today, rules));
}

export async function getVog(ctx: ServiceContext, input: { id: number }): Promise<VogDetailDto> {
  const today = currentDate(ctx.clock);
  const person = await selectOne<VolunteerRow>(ctx.manager, volunteers(sql`"p"."id" = ${input.id}`));
  if (!person) throw notFound('Deze vrijwilliger');
  const vog = await ctx.manager.findOneBy(VogEntity, { personId: input.id });
  const history = vog
    ? await ctx.manager.find(VogStatusChangeEntity, { where: { vogId: vog.id }, order: { id: 'DESC' } })
    : [];
  return {
    ...toRow(person, vog, today, await vogRules(ctx.manager)),
    requestReference: vog?.requestReference ?? null,
    freeScheme: Boolean(vog?.freeScheme),
    checkedBy: vog?.checkedBy ?? null,
    screeningProfile: vog?.screeningProfile ?? null,
    decisionDate: vog?.decisionDate ?? null,
    notes: vog?.notes ?? null,
    hasScan: Boolean(vog?.scanFileId),
    scanConsentDate: vog?.scanConsentDate ?? null,
    history: history.map(({ at, date, actor, fromStatus, toStatus, notes }) => ({
      at,
      date,
      actor,
      fromStatus,
      toStatus,
      notes,
    })),
  };
}

/** One step of a VOG's lifecycle; each step asks for what it records. */
export async function changeVog(ctx: ServiceContext, input: VogChange): Promise<VogDetailDto> {
  const today = currentDate(ctx.clock);
  if (input.date > today) throw fieldError('date', 'Deze datum ligt in de toekomst.');
  const person = await ctx.manager.findOneBy(PersonEntity, { id: input.id });
  if (!person) throw notFound('Deze vrijwilliger');
  const existing = await ctx.manager.findOneBy(VogEntity, { personId: input.id });
  const from: VogStatus = existing?.status ?? 'nodig';
  if (existing) await claimVersion(ctx, VogEntity, existing, input.version);
  else if (input.version !== 0) throw new DomainError('STALE', STALE_MESSAGE);
  const refusal = vogTransitionError(from, input.to);
  if (refusal) throw new DomainError('FORBIDDEN', refusal);
  const vog = existing ?? newVog(ctx, input.id);
  applyStep(vog, input);
  vog.updatedAt = timestamp(ctx.clock);
  const saved = await ctx.manager.save(VogEntity, vog);
  await ctx.manager.insert(VogStatusChangeEntity, {
    vogId: saved.id,
    at: timestamp(ctx.clock),
    date: input.date,
    actor: ctx.actor,
    fromStatus: from,
    toStatus: input.to,
    notes: input.notes,
  });
  return getVog(ctx, { id: input.id });
}

/** Marks a selection as requested on one date, all or nothing. */
export async function bulkRequestVog(ctx: ServiceContext, input: VogBulkRequest): Promise<{ ids: number[] }> {
  for (const personId of new Set(input.ids)) {
    const vog = await ctx.manager.findOneBy(VogEntity, { personId });
    await changeVog(ctx, {
      id: personId,
      version: vog?.version ?? 0,
      to: 'aangevraagd',
      date: input.date,
      freeScheme: input.freeScheme,
      requestReference: null,
      issueDate: null,
      checkedBy: null,
      screeningProfile: null,
      notes: null,
    });
  }
  return { ids: input.ids };
}

export async function vogAuditView(ctx: ServiceContext, personId: number): Promise<object> {
  const { history, ...vog } = await getVog(ctx, { id: personId });
  return vog;
}

function applyStep(vog: Vog, input: VogChange): void {
  vog.status = input.to as Vog['status'];
  if (input.notes) vog.notes = input.notes;
  switch (input.to) {
    case 'aangevraagd':
      Object.assign(vog, {
        requestedDate: input.date,
        requestReference: input.requestReference,
        freeScheme: input.freeScheme,
        decisionDate: null,
      });
      break;
    case 'ontvangen':
      Object.assign(vog, {
        issueDate: input.issueDate,
        checkedBy: input.checkedBy,
        screeningProfile: input.screeningProfile,
        decisionDate: input.date,
      });
      break;
    default:
      vog.decisionDate = input.date;
  }
}

function newVog(ctx: ServiceContext, personId: number): Vog {
  const now = timestamp(ctx.clock);
  return {
    personId,
    status: 'aangevraagd',
    requestedDate: null,
    requestReference: null,
    freeScheme: false,
    issueDate: null,
    checkedBy: null,
    screeningProfile: null,
    decisionDate: null,
    notes: null,
    scanFileId: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  } as Vog;
}

function toRow(person: VolunteerRow, vog: Vog | null, today: string, rules: VogRules): VogRowDto {
  const status: VogStatus = vog?.status ?? 'nodig';
  const pending = status === 'aangevraagd' && vog?.requestedDate ? vog.requestedDate : null;
  const issue = status === 'geweigerd' ? null : (vog?.issueDate ?? null);
  const until = issue ? validUntil(issue, rules) : null;
  return {
    personId: person.personId,
    name: `${person.firstName} ${person.lastName}`,
    birthDate: person.birthDate,
    familyId: person.familyId,
    familyName: familyNameOf(person.familyLastName),
    email: person.email,
    municipalityId: person.municipalityId,
    municipalityName: person.municipalityName,
    status,
    requestedDate: vog?.requestedDate ?? null,
    daysWaiting: pending ? daysBetween(pending, today) : null,
    requestOverdue: pending ? requestOverdue(pending, today, rules) : false,
    issueDate: issue,
    validUntil: until,
    renewBefore: issue ? renewBefore(issue, rules) : null,
    expiresSoon: until !== null && until >= today && daysBetween(today, until) <= 60,
    expired: until !== null && until < today,
    version: vog?.version ?? 0,
  };
}

/**
 * A scan of the VOG, kept in the database only with the volunteer's consent; a new scan replaces
 * the one before.
 */
export async function attachVogScan(ctx: ServiceContext, input: VogScan): Promise<VogDetailDto> {
  if (input.consentDate > currentDate(ctx.clock)) throw fieldError('consentDate', 'Deze datum ligt in de toekomst.');
  const vog = await ctx.manager.findOneBy(VogEntity, { personId: input.id });
  if (!vog) throw new DomainError('FORBIDDEN', 'Leg eerst de aanvraag van de VOG vast.');
  await claimVersion(ctx, VogEntity, vog, input.version);
  const scanFileId = await storeAttachment(ctx, input, 'scan', vog.scanFileId);
  await ctx.manager.save(VogEntity, {
    ...vog,
    scanFileId,
    scanConsentDate: input.consentDate,
    updatedAt: timestamp(ctx.clock),
  });
  return getVog(ctx, { id: input.id });
}

/** The register keeps what was seen; the copy goes, with the consent it was kept under. */
export async function removeVogScan(
  ctx: ServiceContext,
  input: { id: number; version: number },
): Promise<VogDetailDto> {
  const vog = await ctx.manager.findOneBy(VogEntity, { personId: input.id });
  if (!vog) throw notFound('Deze VOG');
  await claimVersion(ctx, VogEntity, vog, input.version);
  await dropScan(ctx, vog);
  return getVog(ctx, { id: input.id });
}

/** Removes every scan kept without a recorded consent, all or none; answers whose they were. */
export async function removeScansWithoutConsent(ctx: ServiceContext): Promise<{ ids: number[] }> {
  const vogs = await ctx.manager.find(VogEntity, { where: { scanFileId: Not(IsNull()), scanConsentDate: IsNull() } });
  // Claimed like any edit: a colleague's change to the same VOG meanwhile refuses the whole run.
  for (const vog of vogs) {
    await claimVersion(ctx, VogEntity, vog, vog.version);
    await dropScan(ctx, vog);
  }
  return { ids: vogs.map((vog) => vog.personId) };
}

async function dropScan(ctx: ServiceContext, vog: Vog): Promise<void> {
  const scanFileId = vog.scanFileId;
  await ctx.manager.save(VogEntity, {
    ...vog,
    scanFileId: null,
    scanConsentDate: null,
    updatedAt: timestamp(ctx.clock),
  });
  await deleteStoredFiles(ctx.manager, [scanFileId]);
}

/** Before people leave their family: their VOG goes with them (ON DELETE CASCADE), and so must its scan. */
export async function deleteVogScans(manager: EntityManager, personIds: number[]): Promise<void> {
  if (personIds.length === 0) return;
  const vogs = await manager.find(VogEntity, { select: { scanFileId: true }, where: { personId: In(personIds) } });
  await deleteStoredFiles(
    manager,
    vogs.map((vog) => vog.scanFileId),
  );
}

export async function openVogScan(
  ctx: ServiceContext,
  input: { id: number },
  paths: DataPaths,
  desktop: Desktop,
): Promise<{ id: number }> {
  const vog = await ctx.manager.findOneBy(VogEntity, { personId: input.id });
  await openAttachment(ctx.manager, vog?.scanFileId ?? null, paths, desktop);
  return { id: input.id };
}
