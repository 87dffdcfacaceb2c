import type { EntityManager } from 'typeorm';
import type { CoveredMatchDto, PolicyDto, PolicyFields, PolicyUpdate } from '../../../shared/api/insurance';
import { daysBetween } from '../../../shared/domain/dates';
import { RUNNING_STATUSES } from '../../../shared/domain/matches/status';
import { FamilyEntity } from '../../db/entities/Family';
import { InsurancePolicyEntity, type InsurancePolicy } from '../../db/entities/Insurance';
import { InsurancePolicyFamilyEntity } from '../../db/entities/InsurancePolicyFamily';
import { InsurancePolicyMunicipalityEntity } from '../../db/entities/InsurancePolicyMunicipality';
import { MunicipalityEntity } from '../../db/entities/Municipality';
import { inList, raw, select, sql } from '../../db/sql';
import { openAttachment, storeAttachment } from '../attachments';
import { timestamp, currentDate } from '../clock';
import type { ServiceContext } from '../context';
import type { Desktop } from '../desktop';
import { claimVersion, notFound } from '../errors';
import { assertExisting } from '../references';
import { familyLastName, familyNameOf } from '../registrations/family-sql';
import type { DataPaths } from '../settings/system';

interface MatchSpan {
  matchId: number;
  municipalityId: number;
  municipalityName: string;
  supportFamilyId: number;
  startDate: string | null;
  endDate: string | null;
  requestingName: string | null;
  supportName: string | null;
  volunteers: string | null;
}

/**
 * Matches under way or planned, with the period they need cover for, by municipality. Sorted here
 * rather than in SQL, where the order of text follows the engine (bytes on SQLite, the server's
 * collation on PostgreSQL).
 */
export async function runningMatches(manager: EntityManager): Promise<MatchSpan[]> {
  const matches = await select<MatchSpan>(
    manager,
    sql`SELECT "m"."id" AS "matchId", "m"."municipalityId", "mu"."name" AS "municipalityName", "m"."supportFamilyId",
      "m"."startDate", "m"."endDate",
      ${familyLastName(raw('"m"."requestingFamilyId"'))} AS "requestingName",
      ${familyLastName(raw('"m"."supportFamilyId"'))} AS "supportName",
      (SELECT string_agg("p"."firstName" || ' ' || "p"."lastName", ', ' ORDER BY "p"."id") FROM "person" "p"
        WHERE "p"."familyId" = "m"."supportFamilyId" AND "p"."role" <> 'kind') AS "volunteers"
    FROM "match" "m" JOIN "municipality" "mu" ON "mu"."id" = "m"."municipalityId"
    WHERE "m"."status" ${inList(RUNNING_STATUSES)}`,
  );
  return matches.sort((a, b) => a.municipalityName.localeCompare(b.municipalityName, 'nl') || a.matchId - b.matchId);
}

interface PolicyScope {
  policy: InsurancePolicy;
  municipalityIds: Set<number>;
  familyIds: Set<number>;
}

/** Whether a policy covers a match on a day: by its municipalities (or all) or by name, in its period. */
export function covers(scope: PolicyScope, match: MatchSpan, on: string): 'municipality' | 'name' | null {
  const { policy } = scope;
  if (policy.startDate > on || (policy.endDate !== null && policy.endDate < on)) return null;
  if (scope.familyIds.has(match.supportFamilyId)) return 'name';
  return policy.allMunicipalities || scope.municipalityIds.has(match.municipalityId) ? 'municipality' : null;
}

/** The day a match's cover is checked: today, or its start when it has not started yet. */
export function checkDay(match: MatchSpan, today: string): string {
  return match.startDate && match.startDate > today ? match.startDate : today;
}

/** Every policy with what it covers, or only the one with this id. */
export async function policyScopes(manager: EntityManager, id?: number): Promise<PolicyScope[]> {
  const policies = await manager.find(InsurancePolicyEntity, {
    where: id === undefined ? {} : { id },
    order: { startDate: 'DESC', id: 'DESC' },
  });
  const where = id === undefined ? {} : { policyId: id };
  const municipalities = await manager.find(InsurancePolicyMunicipalityEntity, { where });
  const families = await manager.find(InsurancePolicyFamilyEntity, { where });
  return policies.map((policy) => ({
    policy,
    municipalityIds: new Set(municipalities.filter((l) => l.policyId === policy.id).map((l) => l.municipalityId)),
    familyIds: new Set(families.filter((l) => l.policyId === policy.id).map((l) => l.familyId)),
  }));
}

export function listPolicies(ctx: ServiceContext): Promise<PolicyDto[]> {
  return policies(ctx);
}

async function policies(ctx: ServiceContext, id?: number): Promise<PolicyDto[]> {
  const today = currentDate(ctx.clock);
  const matches = await runningMatches(ctx.manager);
  const names = new Map<number, string>(
    (await ctx.manager.find(MunicipalityEntity, { select: { id: true, name: true } })).map((m) => [m.id, m.name]),
  );
  const familyNames = new Map<number, string>(
    (
      await select<{ id: number; name: string | null }>(
        ctx.manager,
        sql`SELECT "f"."id", ${familyLastName(raw('"f"."id"'))} AS "name" FROM "family" "f"
        WHERE "f"."id" IN (SELECT "pf"."familyId" FROM "insurance_policy_family" "pf")`,
      )
    ).map((f) => [f.id, familyNameOf(f.name)]),
  );
  return (await policyScopes(ctx.manager, id)).map((scope) => toPolicyDto(scope, matches, names, familyNames, today));
}

export async function createPolicy(ctx: ServiceContext, input: PolicyFields): Promise<PolicyDto> {
  await assertLinksExist(ctx.manager, input);
  const now = timestamp(ctx.clock);
  const saved = await ctx.manager.save(InsurancePolicyEntity, {
    ...columns(input),
    conditionsFileId: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  await storeLinks(ctx.manager, saved.id, input);
  return policyView(ctx, saved.id);
}

export async function updatePolicy(ctx: ServiceContext, input: PolicyUpdate): Promise<PolicyDto> {
  const policy = await ctx.manager.findOneBy(InsurancePolicyEntity, { id: input.id });
  if (!policy) throw notFound('Deze polis');
  await claimVersion(ctx, InsurancePolicyEntity, policy, input.version);
  await assertLinksExist(ctx.manager, input);
  Object.assign(policy, columns(input), { updatedAt: timestamp(ctx.clock) });
  await ctx.manager.save(InsurancePolicyEntity, policy);
  await storeLinks(ctx.manager, policy.id, input);
  return policyView(ctx, policy.id);
}

export async function policyView(ctx: ServiceContext, id: number): Promise<PolicyDto> {
  const [policy] = await policies(ctx, id);
  if (!policy) throw notFound('Deze polis');
  return policy;
}

export async function policyAuditView(ctx: ServiceContext, id: number): Promise<object> {
  const { coveredMatches, ...policy } = await policyView(ctx, id);
  return policy;
}

function toPolicyDto(
  scope: PolicyScope,
  matches: MatchSpan[],
  names: Map<number, string>,
  familyNames: Map<number, string>,
  today: string,
): PolicyDto {
  const { policy } = scope;
  const covered: CoveredMatchDto[] = [];
  for (const match of matches) {
    const how = covers(scope, match, checkDay(match, today));
    if (!how) continue;
    covered.push({
      matchId: match.matchId,
      families: `${familyNameOf(match.requestingName)} – ${familyNameOf(match.supportName)}`,
      municipalityName: match.municipalityName,
      startDate: match.startDate,
      volunteers: match.volunteers ?? '',
      byName: how === 'name',
    });
  }
  const { createdAt, updatedAt, conditionsFileId, ...fields } = policy;
  return {
    ...fields,
    hasConditions: conditionsFileId !== null,
    allMunicipalities: Boolean(policy.allMunicipalities),
    municipalities: [...scope.municipalityIds]
      .map((id) => ({ id, name: names.get(id) ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    families: [...scope.familyIds].map((id) => ({ id, name: familyNames.get(id) ?? '' })),
    coveredMatches: covered,
    endsSoon: policy.endDate !== null && policy.endDate >= today && daysBetween(today, policy.endDate) <= 60,
  };
}

function columns(input: PolicyFields & { id?: number; version?: number }) {
  const { municipalityIds, familyIds, id, version, ...fields } = input;
  return { ...fields, coverOther: input.coverKind === 'anders' ? input.coverOther : null };
}

/** The municipalities and families the policy names exist (a colleague may have just removed one). */
async function assertLinksExist(manager: EntityManager, input: PolicyFields): Promise<void> {
  const municipalityIds = input.allMunicipalities ? [] : input.municipalityIds;
  const again = 'Kies opnieuw uit de lijst.';
  await assertExisting(
    manager,
    MunicipalityEntity,
    municipalityIds,
    'municipalityIds',
    `Een gekozen gemeente bestaat niet (meer). ${again}`,
  );
  await assertExisting(
    manager,
    FamilyEntity,
    input.familyIds,
    'familyIds',
    `Een gekozen gezin bestaat niet (meer). ${again}`,
  );
}

async function storeLinks(manager: EntityManager, policyId: number, input: PolicyFields): Promise<void> {
  await manager.delete(InsurancePolicyMunicipalityEntity, { policyId });
  await manager.delete(InsurancePolicyFamilyEntity, { policyId });
  const municipalityIds = input.allMunicipalities ? [] : [...new Set(input.municipalityIds)];
  const familyIds = [...new Set(input.familyIds)];
  if (municipalityIds.length > 0) {
    await manager.insert(
      InsurancePolicyMunicipalityEntity,
      municipalityIds.map((municipalityId) => ({ policyId, municipalityId })),
    );
  }
  if (familyIds.length > 0) {
    await manager.insert(
      InsurancePolicyFamilyEntity,
      familyIds.map((familyId) => ({ policyId, familyId })),
    );
  }
}

/** The policy's conditions as a PDF, kept in the database; new conditions replace the ones before. */
export async function attachConditions(
  ctx: ServiceContext,
  input: { id: number; version: number; fileName: string; content: string },
): Promise<PolicyDto> {
  const policy = await ctx.manager.findOneBy(InsurancePolicyEntity, { id: input.id });
  if (!policy) throw notFound('Deze polis');
  await claimVersion(ctx, InsurancePolicyEntity, policy, input.version);
  const conditionsFileId = await storeAttachment(ctx, input, 'pdf', policy.conditionsFileId);
  await ctx.manager.save(InsurancePolicyEntity, { ...policy, conditionsFileId, updatedAt: timestamp(ctx.clock) });
  return policyView(ctx, policy.id);
}

export async function openConditions(
  ctx: ServiceContext,
  input: { id: number },
  paths: DataPaths,
  desktop: Desktop,
): Promise<{ id: number }> {
  const policy = await ctx.manager.findOneBy(InsurancePolicyEntity, { id: input.id });
  await openAttachment(ctx.manager, policy?.conditionsFileId ?? null, paths, desktop);
  return { id: input.id };
}
