import type { EntityManager } from 'typeorm';
import type {
  EvaluationInput,
  MatchCreate,
  MatchDto,
  MatchRowDto,
  MatchStatusChangeInput,
  MatchUpdate,
} from '../../../shared/api/matches';
import { formatDate } from '../../../shared/domain/format';
import {
  EVALUATION_OUTCOME_LABELS,
  type ChildResult,
  type ParentResult,
  type ProfessionalHelp,
  type SupportKind,
} from '../../../shared/domain/matches/results';
import { evaluationLabel, evaluationSeries, guidanceEnd, trialEnd } from '../../../shared/domain/matches/schedule';
import { RUNNING_STATUSES, matchTransitionError } from '../../../shared/domain/matches/status';
import { CoordinatorEntity } from '../../db/entities/Coordinator';
import { MatchEntity, MatchEvaluationEntity, MatchStatusChangeEntity, type Match } from '../../db/entities/Match';
import { MatchChildEntity } from '../../db/entities/MatchChild';
import { MunicipalityEntity } from '../../db/entities/Municipality';
import { join, raw, select, selectOne, sql } from '../../db/sql';
import { timestamp, currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { DomainError, claimVersion, fieldError, notFound } from '../errors';
import { familyLastName, familyNameOf, familySearchCondition } from '../registrations/family-sql';
import { listMatchDocuments } from './document-list';
import { HELD_SEQUENCES, heldSequences } from './evaluations-sql';
import { assertFamilyOfKind, familyRef } from './families';
import { screeningGaps } from './screening';

const list = (value: string | null) => (value ? value.split(',') : []);

export async function createMatch(ctx: ServiceContext, input: MatchCreate): Promise<MatchDto> {
  await assertFamilyOfKind(ctx.manager, input.requestingFamilyId, 'vraag', 'requestingFamilyId');
  await assertFamilyOfKind(ctx.manager, input.supportFamilyId, 'steun', 'supportFamilyId');
  if (!(await ctx.manager.existsBy(MunicipalityEntity, { id: input.municipalityId }))) {
    throw fieldError('municipalityId', 'Kies een gemeente uit de lijst.');
  }
  await assertCoordinator(ctx.manager, input.municipalityId, input.coordinatorId);
  await assertChildren(ctx, input.requestingFamilyId, input.childIds);
  const now = timestamp(ctx.clock);
  const saved = await ctx.manager.save(MatchEntity, {
    requestingFamilyId: input.requestingFamilyId,
    supportFamilyId: input.supportFamilyId,
    municipalityId: input.municipalityId,
    ...terms(input),
    status: 'voorgesteld',
    proposedDate: input.proposedDate,
    startDate: null,
    endDate: null,
    endReason: null,
    endReasonText: null,
    childResults: null,
    parentResults: null,
    professionalHelp: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  await storeChildren(ctx.manager, saved.id, input.childIds);
  await recordChange(ctx, saved.id, null, 'voorgesteld', input.proposedDate, null);
  return getMatch(ctx, { id: saved.id });
}

export async function updateMatch(ctx: ServiceContext, input: MatchUpdate): Promise<MatchDto> {
  const match = await findMatch(ctx.manager, input.id);
  await claimVersion(ctx, MatchEntity, match, input.version);
  if (!RUNNING_STATUSES.includes(match.status)) {
    throw new DomainError('FORBIDDEN', 'Deze koppeling is beëindigd; de afspraken kunnen niet meer veranderen.');
  }
  await assertCoordinator(ctx.manager, match.municipalityId, input.coordinatorId);
  await assertChildren(ctx, match.requestingFamilyId, input.childIds);
  Object.assign(match, terms(input), { updatedAt: timestamp(ctx.clock) });
  await ctx.manager.save(MatchEntity, match);
  await storeChildren(ctx.manager, match.id, input.childIds);
  return getMatch(ctx, { id: match.id });
}

/** Moves a match along its state machine; each step checks what it needs and is recorded. */
export async function changeMatchStatus(ctx: ServiceContext, input: MatchStatusChangeInput): Promise<MatchDto> {
  const match = await findMatch(ctx.manager, input.id);
  await claimVersion(ctx, MatchEntity, match, input.version);
  const refusal = matchTransitionError(match.status, input.to);
  if (refusal) throw new DomainError('FORBIDDEN', refusal);
  if (input.date < (match.startDate ?? match.proposedDate)) {
    throw fieldError('date', 'Deze datum ligt vóór het begin van de koppeling.');
  }
  if (input.date > currentDate(ctx.clock) && input.to !== 'proefperiode') {
    throw fieldError('date', 'Deze datum ligt in de toekomst.');
  }
  if (input.to === 'proefperiode') await assertScreened(ctx, match, input.date, 'start');
  if (input.to === 'actief') await assertScreened(ctx, match, input.date, 'continue');
  if (input.to === 'proefperiode') match.startDate = input.date;
  if (input.to === 'actief') await assertTrialEvaluated(ctx.manager, match.id);
  if (input.to === 'afgerond') {
    if (!input.results) throw fieldError('results', 'Leg bij het afronden de resultaten vast.');
  }
  if (input.to === 'voortijdig_beeindigd') {
    if (!input.endReason) throw fieldError('endReason', 'Kies de reden van het beëindigen.');
    if (input.endReason === 'anders' && !input.reason) throw fieldError('reason', 'Beschrijf de reden.');
    match.endReason = input.endReason;
    match.endReasonText = input.reason;
  }
  if (input.to === 'afgerond' || input.to === 'voortijdig_beeindigd') {
    match.endDate = input.date;
    if (input.results) {
      match.childResults = input.results.childResults.join(',');
      match.parentResults = input.results.parentResults.join(',');
      match.professionalHelp = input.results.professionalHelp;
    }
  }
  const from = match.status;
  match.status = input.to;
  match.updatedAt = timestamp(ctx.clock);
  await ctx.manager.save(MatchEntity, match);
  await recordChange(ctx, match.id, from, input.to, input.date, input.reason);
  return getMatch(ctx, { id: match.id });
}

export async function recordEvaluation(ctx: ServiceContext, input: EvaluationInput): Promise<MatchDto> {
  const match = await findMatch(ctx.manager, input.id);
  await claimVersion(ctx, MatchEntity, match, input.version);
  if (!match.startDate) throw new DomainError('FORBIDDEN', 'Evaluaties volgen pas na het begin van de proefperiode.');
  if (!evaluationSeries(match.startDate).some((e) => e.sequence === input.sequence)) {
    throw fieldError('sequence', 'Deze evaluatie hoort niet bij deze koppeling.');
  }
  if (input.heldDate < match.startDate)
    throw fieldError('heldDate', 'Deze datum ligt vóór het begin van de proefperiode.');
  if (input.heldDate > currentDate(ctx.clock)) throw fieldError('heldDate', 'Deze datum ligt in de toekomst.');
  await ctx.manager.delete(MatchEvaluationEntity, { matchId: match.id, sequence: input.sequence });
  await ctx.manager.insert(MatchEvaluationEntity, {
    matchId: match.id,
    sequence: input.sequence,
    heldDate: input.heldDate,
    outcome: input.outcome,
    notes: input.notes,
    createdAt: timestamp(ctx.clock),
  });
  await ctx.manager.save(MatchEntity, { ...match, updatedAt: timestamp(ctx.clock) });
  return getMatch(ctx, { id: match.id });
}

export async function getMatch(ctx: ServiceContext, input: { id: number }): Promise<MatchDto> {
  const match = await findMatch(ctx.manager, input.id);
  const on = currentDate(ctx.clock);
  const municipality = await ctx.manager.findOneByOrFail(MunicipalityEntity, { id: match.municipalityId });
  const coordinator = match.coordinatorId
    ? await ctx.manager.findOneBy(CoordinatorEntity, { id: match.coordinatorId })
    : null;
  const held = await ctx.manager.find(MatchEvaluationEntity, { where: { matchId: match.id } });
  const history = await ctx.manager.find(MatchStatusChangeEntity, {
    where: { matchId: match.id },
    order: { id: 'DESC' },
  });
  const requesting = await familyRef(ctx.manager, match.requestingFamilyId, on);
  const support = await familyRef(ctx.manager, match.supportFamilyId, on);
  return {
    id: match.id,
    requestingFamily: requesting,
    supportFamily: support,
    municipality: { id: municipality.id, name: municipality.name },
    coordinator: coordinator ? { id: coordinator.id, name: coordinator.name } : null,
    status: match.status,
    childIds: await childIdsOf(ctx.manager, match.id),
    supportKinds: list(match.supportKinds) as SupportKind[],
    supportOther: match.supportOther,
    frequency: match.frequency,
    agreements: match.agreements,
    proposedDate: match.proposedDate,
    startDate: match.startDate,
    trialEnd: match.startDate ? trialEnd(match.startDate) : null,
    guidanceEnd: match.startDate ? guidanceEnd(match.startDate) : null,
    endDate: match.endDate,
    endReason: match.endReason,
    endReasonText: match.endReasonText,
    childResults: list(match.childResults) as ChildResult[],
    parentResults: list(match.parentResults) as ParentResult[],
    professionalHelp: match.professionalHelp as ProfessionalHelp | null,
    evaluations: match.startDate
      ? evaluationSeries(match.startDate).map(({ sequence, dueDate }) => {
          const record = held.find((e) => e.sequence === sequence);
          return {
            sequence,
            dueDate,
            label: evaluationLabel(sequence),
            held: record ? { heldDate: record.heldDate, outcome: record.outcome, notes: record.notes } : null,
          };
        })
      : [],
    history: history.map(({ at, date, actor, fromStatus, toStatus, reason }) => ({
      at,
      date,
      actor,
      fromStatus,
      toStatus,
      reason,
    })),
    documents: await listMatchDocuments(ctx.manager, match.id),
    version: match.version,
  };
}

export async function listMatches(
  { manager }: ServiceContext,
  input: { municipalityId: number | null; search: string },
): Promise<MatchRowDto[]> {
  const conditions = [sql`1 = 1`];
  if (input.municipalityId !== null) conditions.push(sql`"m"."municipalityId" = ${input.municipalityId}`);
  if (input.search) {
    conditions.push(
      sql`(${familySearchCondition(raw('"m"."requestingFamilyId"'), input.search)}
        OR ${familySearchCondition(raw('"m"."supportFamilyId"'), input.search)})`,
    );
  }
  const rows = await select<
    Omit<MatchRowDto, 'requestingFamilyName' | 'supportFamilyName' | 'trialEnd' | 'nextEvaluation'> & {
      requestingName: string | null;
      supportName: string | null;
      held: string | null;
    }
  >(
    manager,
    sql`SELECT "m"."id", "m"."status", "m"."proposedDate", "m"."startDate", "mu"."name" AS "municipalityName",
      "c"."name" AS "coordinatorName",
      ${familyLastName(raw('"m"."requestingFamilyId"'))} AS "requestingName",
      ${familyLastName(raw('"m"."supportFamilyId"'))} AS "supportName",
      ${HELD_SEQUENCES} AS "held"
    FROM "match" "m"
    JOIN "municipality" "mu" ON "mu"."id" = "m"."municipalityId"
    LEFT JOIN "coordinator" "c" ON "c"."id" = "m"."coordinatorId"
    WHERE ${join(conditions, ' AND ')}
    ORDER BY "m"."id" DESC`,
  );
  return rows.map(({ requestingName, supportName, held, ...row }) => {
    const done = heldSequences(held);
    const running = row.status === 'proefperiode' || row.status === 'actief';
    return {
      ...row,
      requestingFamilyName: familyNameOf(requestingName),
      supportFamilyName: familyNameOf(supportName),
      trialEnd: row.startDate ? trialEnd(row.startDate) : null,
      nextEvaluation:
        running && row.startDate
          ? (evaluationSeries(row.startDate).find((e) => !done.has(e.sequence))?.dueDate ?? null)
          : null,
    };
  });
}

/** For the audit trail; lists of records as one line in the user's notation. */
export async function matchAuditView(ctx: ServiceContext, id: number): Promise<object> {
  const {
    requestingFamily,
    supportFamily,
    municipality,
    coordinator,
    evaluations,
    history,
    documents,
    childIds,
    ...match
  } = await getMatch(ctx, { id });
  return {
    ...match,
    requestingFamily: requestingFamily.name,
    supportFamily: supportFamily.name,
    coordinator: coordinator?.name ?? null,
    children: requestingFamily.children
      .filter((c) => childIds.includes(c.id))
      .map((c) => c.name)
      .join(', '),
    supportKinds: match.supportKinds.join(', '),
    childResults: match.childResults.join(', '),
    parentResults: match.parentResults.join(', '),
    evaluations: evaluations
      .filter((e) => e.held)
      .map((e) => `${e.label}: ${formatDate(e.held!.heldDate)}, ${EVALUATION_OUTCOME_LABELS[e.held!.outcome]}`)
      .join('; '),
  };
}

function terms(input: MatchUpdate | MatchCreate) {
  return {
    coordinatorId: input.coordinatorId,
    supportKinds: input.supportKinds.join(','),
    supportOther: input.supportKinds.includes('anders') ? input.supportOther : null,
    frequency: input.frequency,
    agreements: input.agreements,
  };
}

async function assertScreened(
  ctx: ServiceContext,
  match: Match,
  onDate: string,
  purpose: 'start' | 'continue',
): Promise<void> {
  const gaps = await screeningGaps(ctx.manager, match.supportFamilyId, onDate, purpose);
  if (gaps.length > 0) {
    throw new DomainError('FORBIDDEN', `Deze koppeling kan niet verder: ${gaps.join(' ')}`);
  }
}

async function assertTrialEvaluated(manager: EntityManager, matchId: number): Promise<void> {
  const trial = await manager.findOneBy(MatchEvaluationEntity, { matchId, sequence: 0 });
  if (!trial) throw new DomainError('FORBIDDEN', 'Leg eerst de evaluatie van de proefperiode vast.');
  if (trial.outcome === 'stoppen') {
    throw new DomainError(
      'FORBIDDEN',
      'De evaluatie van de proefperiode was "stoppen"; beëindig de koppeling in plaats daarvan.',
    );
  }
}

async function assertCoordinator(
  manager: EntityManager,
  municipalityId: number,
  coordinatorId: number | null,
): Promise<void> {
  if (coordinatorId === null) return;
  const works = await selectOne<{ n: number }>(
    manager,
    sql`SELECT COUNT(*) AS "n" FROM "municipality_coordinator"
    WHERE "municipalityId" = ${municipalityId} AND "coordinatorId" = ${coordinatorId}`,
  );
  if (!works?.n) throw fieldError('coordinatorId', 'Kies een coördinator die in deze gemeente werkt.');
}

async function assertChildren(ctx: ServiceContext, requestingFamilyId: number, childIds: number[]): Promise<void> {
  const family = await familyRef(ctx.manager, requestingFamilyId, currentDate(ctx.clock));
  if (childIds.some((childId) => !family.children.some((c) => c.id === childId))) {
    throw fieldError('childIds', 'Kies alleen kinderen van het vraaggezin.');
  }
}

async function storeChildren(manager: EntityManager, matchId: number, childIds: number[]): Promise<void> {
  await manager.delete(MatchChildEntity, { matchId });
  const children = [...new Set(childIds)].map((personId) => ({ matchId, personId }));
  if (children.length > 0) await manager.insert(MatchChildEntity, children);
}

async function childIdsOf(manager: EntityManager, matchId: number): Promise<number[]> {
  const rows = await manager.find(MatchChildEntity, { where: { matchId }, order: { personId: 'ASC' } });
  return rows.map((row) => row.personId);
}

async function recordChange(
  ctx: ServiceContext,
  matchId: number,
  from: Match['status'] | null,
  to: Match['status'],
  date: string,
  reason: string | null,
): Promise<void> {
  await ctx.manager.insert(MatchStatusChangeEntity, {
    matchId,
    at: timestamp(ctx.clock),
    date,
    actor: ctx.actor,
    fromStatus: from,
    toStatus: to,
    reason,
  });
}

async function findMatch(manager: EntityManager, id: number): Promise<Match> {
  const match = await manager.findOneBy(MatchEntity, { id });
  if (!match) throw notFound('Deze koppeling');
  return match;
}
