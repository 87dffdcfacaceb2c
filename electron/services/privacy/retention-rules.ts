import type { EntityManager } from 'typeorm';
import { STALE_MESSAGE } from '../../../shared/api/errors';
import type { RetentionRuleDto } from '../../../shared/api/privacy';
import { RETENTION_KINDS, retentionField, type RetentionKind } from '../../../shared/domain/privacy/retention';
import { execute, select, sql } from '../../db/sql';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { DomainError } from '../errors';

export async function listRetentionRules(ctx: ServiceContext): Promise<RetentionRuleDto[]> {
  const rows = await select<RetentionRuleDto>(
    ctx.manager,
    sql`SELECT "kind", "months", "reason", "version" FROM "retention_rule"`,
  );
  // In the order the app explains them.
  return RETENTION_KINDS.flatMap((kind) => rows.filter((row) => row.kind === kind));
}

/** The schedule as the settings' history shows it (see SETTINGS_HISTORY): two fields per kind. */
export async function retentionAuditView(ctx: ServiceContext): Promise<Record<string, number | string>> {
  const fields: Record<string, number | string> = {};
  for (const rule of await listRetentionRules(ctx)) {
    fields[retentionField(rule.kind, 'months')] = rule.months;
    fields[retentionField(rule.kind, 'reason')] = rule.reason;
  }
  return fields;
}

/** The periods by kind, as the run applies them. */
export async function retentionMonths(manager: EntityManager): Promise<Record<RetentionKind, number>> {
  const rows = await select<{ kind: RetentionKind; months: number }>(
    manager,
    sql`SELECT "kind", "months" FROM "retention_rule"`,
  );
  return Object.fromEntries(rows.map((row) => [row.kind, Number(row.months)])) as Record<RetentionKind, number>;
}

/** Saves the schedule as the form holds it; a rule changed meanwhile by a colleague refuses the whole. */
export async function updateRetentionRules(
  ctx: ServiceContext,
  input: { rules: { kind: RetentionKind; months: number; reason: string; version: number }[] },
): Promise<RetentionRuleDto[]> {
  const updatedAt = timestamp(ctx.clock);
  for (const rule of input.rules) {
    const changed = await execute(
      ctx.manager,
      sql`UPDATE "retention_rule" SET "months" = ${rule.months}, "reason" = ${rule.reason},
        "version" = "version" + 1, "updatedAt" = ${updatedAt}
        WHERE "kind" = ${rule.kind} AND "version" = ${rule.version}`,
    );
    if (changed !== 1) throw new DomainError('STALE', STALE_MESSAGE);
  }
  return listRetentionRules(ctx);
}
