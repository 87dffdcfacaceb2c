import type { RetentionDueDto, RetentionPreviewDto, RetentionRunDto } from '../../../shared/api/privacy';
import { addMonths, isoDateInNetherlands } from '../../../shared/domain/dates';
import { RetentionRunEntity } from '../../db/entities/Retention';
import { selectOne, sql } from '../../db/sql';
import { currentDate, timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { DomainError } from '../errors';
import { anonymise, forgetOverwrittenAfterCommit } from './erasure';
import { retentionPlan } from './retention-plan';
import { familyScope, type FamilyScope } from './scope';

const LOGGED = { family: 'gezin', vog: 'VOG-gegevens' } as const;

const CHANGED = 'De lijst is intussen veranderd; bekijk de proefrun opnieuw.';

/** The dry run: what a run would anonymise today, and why. */
export async function retentionPreview(ctx: ServiceContext): Promise<RetentionPreviewDto> {
  const items = await retentionPlan(ctx.manager, currentDate(ctx.clock));
  return {
    items,
    families: items.filter((item) => item.what === 'family').length,
    records: items.filter((item) => item.what === 'vog').length,
  };
}

/**
 * Anonymises what the user confirmed, and only when the dry run, made again inside this transaction,
 * lists exactly that: a period that ended or a record that changed since would otherwise be erased
 * unseen, or a confirmed one skipped without a word.
 */
export async function runRetention(ctx: ServiceContext, input: { keys: string[] }): Promise<RetentionRunDto> {
  const { items, families, records } = await retentionPreview(ctx);
  const planned = items.map((item) => item.key);
  const confirmed = new Set(input.keys);
  if (
    confirmed.size !== input.keys.length ||
    planned.length !== confirmed.size ||
    planned.some((key) => !confirmed.has(key))
  )
    throw new DomainError('CONFLICT', CHANGED);
  for (const item of items) {
    const [what, id] = [item.what, Number(item.key.split('-')[1])];
    const target =
      what === 'family'
        ? { scope: await familyScope(ctx.manager, id), entityType: 'family' as const, entityId: id }
        : await vogTarget(ctx, id);
    // The rule that ended as the log's reason ("12 maanden na afsluiten"): no date, never whose record.
    const rule = item.why.split(';')[0];
    await anonymise(ctx, target, { kind: 'bewaartermijn', reason: `Bewaartermijn ${LOGGED[what]}: ${rule}` });
  }
  const ranAt = timestamp(ctx.clock);
  await ctx.manager.insert(RetentionRunEntity, { ranAt, ranBy: ctx.actor, families, records });
  if (items.length > 0) forgetOverwrittenAfterCommit(ctx);
  return { ranAt, families, records };
}

/** One VOG record alone: its notes, reference and scan, and the values in its history. */
async function vogTarget(ctx: ServiceContext, vogId: number) {
  const vog = await selectOne<{ personId: number; scanFileId: number | null }>(
    ctx.manager,
    sql`SELECT "personId", "scanFileId" FROM "vog" WHERE "id" = ${vogId}`,
  );
  if (!vog) throw new DomainError('CONFLICT', CHANGED);
  const scope: FamilyScope = {
    family: [],
    person: [Number(vog.personId)],
    registration: [],
    match: [],
    document: [],
    vog: [vogId],
    incident: [],
    file: vog.scanFileId === null ? [] : [Number(vog.scanFileId)],
  };
  return { scope, entityType: 'vog' as const, entityId: Number(vog.personId) };
}

/**
 * A run is due once a month: a month after the last run, or, before the first, a month after the
 * first registration. Deciding it reads two dates, not the plan: the reminder is asked at every
 * start and after changes, and the plan reads every family (the dry run shows what is due).
 */
export async function retentionDue(ctx: ServiceContext): Promise<RetentionDueDto> {
  const dates = await selectOne<{ ranAt: string | null; firstReceived: string | null }>(
    ctx.manager,
    sql`SELECT (SELECT MAX("ranAt") FROM "retention_run") AS "ranAt",
      (SELECT MIN("receivedDate") FROM "registration") AS "firstReceived"`,
  );
  const lastRunAt = dates?.ranAt ?? null;
  const since = lastRunAt === null ? (dates?.firstReceived ?? null) : isoDateInNetherlands(new Date(lastRunAt));
  return { due: since !== null && addMonths(since, 1) <= currentDate(ctx.clock), lastRunAt };
}
