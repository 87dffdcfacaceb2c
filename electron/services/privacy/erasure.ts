import type { ErasureKind } from '../../../shared/api/privacy';
import { engineOf } from '../../db/engine';
import { ErasureLogEntity } from '../../db/entities/ErasureLog';
import { selectOne, sql } from '../../db/sql';
import { recordAudit } from '../audit/audit';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { DomainError, notFound } from '../errors';
import { PERSONAL_DATA } from './registry';
import { familyScope, type FamilyScope } from './scope';

/** The history line of every erasure, on request or by the retention run: how an erased record is known. */
export const ERASE = 'privacy.erase';

const ALREADY_ERASED =
  'Dit gezin is al vergeten: er staan geen persoonsgegevens meer van in. Er hoeft niets meer te gebeuren.';

/**
 * Erases a family on its request (art. 17 AVG) in one transaction: every table its areas register as
 * personal data anonymises its rows about the family (see each area's personal-data.ts), the erasure
 * log keeps when, by whom and why, and the family's history one line that it was erased, without
 * values.
 *
 * Nothing is refused for a law that requires keeping it: the tax rules keep invoices seven years, and
 * invoices name a municipality, its contract and instalment, never a family or child (`invoice` is in
 * `NO_FAMILY_DATA`), so erasing a family takes nothing from them.
 */
export async function eraseFamily(ctx: ServiceContext, input: { id: number; reason: string }) {
  const family = await selectOne(ctx.manager, sql`SELECT "id" FROM "family" WHERE "id" = ${input.id}`);
  if (!family) throw notFound('Dit gezin');
  if (await isErased(ctx, input.id)) throw new DomainError('CONFLICT', ALREADY_ERASED);
  const target = { scope: await familyScope(ctx.manager, input.id), entityType: 'family', entityId: input.id } as const;
  const erasedAt = await anonymise(ctx, target, { kind: 'verzoek', reason: input.reason });
  forgetOverwrittenAfterCommit(ctx);
  return { erasedAt };
}

/**
 * What one erasure reaches: a whole family's records, or a narrower scope (one VOG record), and the
 * record whose history says that it was erased.
 */
export interface ErasureTarget {
  scope: FamilyScope;
  entityType: 'family' | 'vog';
  entityId: number;
}

/**
 * Anonymises the target's records through every area's declared erasure (an area whose ids are not
 * in the scope changes nothing), keeps a line in the erasure log and one in the history, both
 * without values. Used by an erasure on request and by the retention run alike.
 */
export async function anonymise(
  ctx: ServiceContext,
  target: ErasureTarget,
  log: { kind: ErasureKind; reason: string },
): Promise<string> {
  for (const [table, data] of Object.entries(PERSONAL_DATA)) {
    if (!data.erase) throw new Error(`No erasure declared for ${table}`);
    await data.erase(ctx.manager, target.scope);
  }
  const erasedAt = timestamp(ctx.clock);
  await ctx.manager.insert(ErasureLogEntity, { erasedAt, erasedBy: ctx.actor, reason: log.reason, kind: log.kind });
  await recordAudit(ctx, {
    actor: ctx.actor,
    operation: ERASE,
    entityType: target.entityType,
    entityId: target.entityId,
    changes: [],
    version: null,
    event: true,
  });
  return erasedAt;
}

/** Overwritten pages may still hold the old values on disk until the engine reuses or clears them. */
export function forgetOverwrittenAfterCommit(ctx: ServiceContext): void {
  const dataSource = ctx.manager.connection;
  ctx.afterCommit(() => engineOf(dataSource).forgetOverwritten(dataSource));
}

/** An erased family's history ends with its erasure; nothing personal is left to erase again. */
async function isErased(ctx: ServiceContext, familyId: number): Promise<boolean> {
  const line = await selectOne(
    ctx.manager,
    sql`SELECT "id" FROM "audit_entry"
      WHERE "entityType" = 'family' AND "entityId" = ${familyId} AND "operation" = ${ERASE}`,
  );
  return line !== undefined;
}
