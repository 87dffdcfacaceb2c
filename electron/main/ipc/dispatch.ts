import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { changesOf, type RecordKind } from '../../../shared/api/access';
import type { AuditedEntity } from '../../../shared/api/audit';
import { contract, isOperationName, type OperationName } from '../../../shared/api/contract';
import type { ApiError, ApiResponse } from '../../../shared/api/errors';
import { engineOf } from '../../db/engine';
import { AppSettingsEntity, SETTINGS_ID } from '../../db/entities/AppSettings';
import { selectOne, sql } from '../../db/sql';
import { diffSnapshots, recordAudit, toSnapshot, type Snapshot } from '../../services/audit/audit';
import { auditLoaders } from '../../services/audit/loaders';
import { systemClock, type Clock } from '../../services/clock';
import type { ServiceContext } from '../../services/context';
import { DomainError } from '../../services/errors';
import type { Handlers } from '../../services/handler';
import { BUSY_MESSAGE, isTransient, withRetries } from './transient';

export interface Logger {
  info(message: string): void;
  error(message: string): void;
}

export interface DispatcherOptions {
  /** Who acts when Instellingen has no employee name: the operating system's user. */
  fallbackActor: string;
  log: Logger;
  clock?: Clock;
  /** Inside a command's transaction, after its work: tells colleagues once it commits (PostgreSQL NOTIFY). */
  announce?: (manager: EntityManager, change: Change) => Promise<void>;
  /** After a command committed: this computer's own windows refetch what it changed. */
  committed?: (change: Change) => void;
}

/** What a committed command changed, for the lists that show it. */
export interface Change {
  operation: OperationName;
  kinds: readonly RecordKind[];
  ids: number[];
}

export type Dispatch = (name: unknown, payload: unknown) => Promise<ApiResponse<unknown>>;

export interface Dispatcher {
  dispatch: Dispatch;
  /** Runs work that must not overlap an operation on SQLite's one shared connection. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

interface LooseEntry {
  run: (ctx: ServiceContext, input: unknown) => Promise<unknown>;
  audits?: AuditedEntity;
}

const INTERNAL_MESSAGE =
  'Er ging iets mis; er is niets opgeslagen. Probeer het opnieuw. Blijft het misgaan, meld het dan aan de beheerder.';

/**
 * The handler layer: checks the operation's name, validates its input with the contract's schema,
 * runs it in one transaction, writes the audit trail of commands, and answers with the result or the
 * one error shape. A transaction that met a colleague's is tried again a few times. On SQLite the
 * app's one connection takes one operation at a time; PostgreSQL's transactions run side by side and
 * the database keeps them apart.
 */
export function createDispatcher(dataSource: DataSource, handlers: Handlers, options: DispatcherOptions): Dispatcher {
  const clock = options.clock ?? systemClock;
  const sqlite = dataSource.options.type !== 'postgres';
  const engine = engineOf(dataSource);
  let login: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (!sqlite) return work();
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  }

  async function execute(name: OperationName, input: unknown, manager: EntityManager): Promise<Outcome> {
    const entry = handlers[name] as unknown as LooseEntry;
    if (entry.audits) await engine.startCommand(manager);
    const ctx: ServiceContext = { manager, clock, actor: await actorName(manager) };
    if (!entry.audits) return outcome(name, input, await entry.run(ctx, input));
    const load = auditLoaders[entry.audits];
    const inputIds = idsOf(input);
    const before = new Map<number, Snapshot>();
    for (const id of inputIds) before.set(id, toSnapshot(await load(ctx, id)));
    const output = await entry.run(ctx, input);
    const recordIds = inputIds.length > 0 ? inputIds : idsOf(output);
    for (const recordId of recordIds) {
      await recordAudit(ctx, {
        actor: ctx.actor,
        operation: name,
        entityType: entry.audits,
        entityId: recordId,
        changes: diffSnapshots(before.get(recordId) ?? null, toSnapshot(await load(ctx, recordId))),
      });
    }
    const result = outcome(name, input, output);
    if (result.change && options.announce) await options.announce(manager, result.change);
    return result;
  }

  /**
   * Who acts: on the shared database the colleague's own login, as the server knows it (the shared
   * settings' "Uw naam" would name everyone alike); on one computer the name from Instellingen,
   * else the operating system's user.
   */
  async function actorName(manager: EntityManager): Promise<string> {
    if (!sqlite) {
      // One login for the whole connection pool: asked once, not on every operation.
      login ??= (await selectOne<{ login: string }>(manager, sql`SELECT session_user AS "login"`))!.login;
      return login;
    }
    const settings = await manager.findOneBy(AppSettingsEntity, { id: SETTINGS_ID });
    return settings?.employeeName ?? options.fallbackActor;
  }

  async function dispatch(name: unknown, payload: unknown): Promise<ApiResponse<unknown>> {
    if (!isOperationName(name)) {
      return failure('UNKNOWN_OPERATION', 'Deze handeling kent de app niet. Start de app opnieuw.');
    }
    const parsed = (contract[name].input as z.ZodType).safeParse(payload ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    try {
      const { output, change } = await withRetries(() =>
        exclusive(() => dataSource.transaction((manager) => execute(name, parsed.data, manager))),
      );
      if (change) options.committed?.(change);
      return { ok: true, data: output };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toApiError() };
      if (isTransient(error)) return failure('CONFLICT', BUSY_MESSAGE);
      options.log.error(`${name} failed: ${describeWithoutData(error)}`);
      return failure('INTERNAL', INTERNAL_MESSAGE);
    }
  }

  return { dispatch, exclusive };
}

interface Outcome {
  output: unknown;
  change: Change | null;
}

/** A command's answer and what it changed; a question changes nothing. */
function outcome(name: OperationName, input: unknown, output: unknown): Outcome {
  const kinds = changesOf(contract[name].access);
  if (kinds.length === 0) return { output, change: null };
  const ids = idsOf(input);
  return { output, change: { operation: name, kinds: [...kinds, 'audit'], ids: ids.length > 0 ? ids : idsOf(output) } };
}

/** The records a command names or made: one `id`, or `ids` for a bulk action. */
function idsOf(input: unknown): number[] {
  if (typeof input !== 'object' || input === null) return [];
  const { id, ids } = input as { id?: number; ids?: number[] };
  return ids ?? (id === undefined ? [] : [id]);
}

function failure(code: ApiError['code'], message: string): ApiResponse<never> {
  return { ok: false, error: { code, message, issues: [] } };
}

function validationError(error: z.ZodError): ApiError {
  return {
    code: 'VALIDATION',
    message: 'Niet alles is goed ingevuld. Verbeter de gemarkeerde velden.',
    issues: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}

/** The error's kind and where it happened, never its message: that may quote what the user typed. */
function describeWithoutData(error: unknown): string {
  if (!(error instanceof Error)) return 'non-error thrown';
  const frames = (error.stack ?? '').split('\n').slice(1, 6).join(' | ');
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? ` ${code}` : ''} at ${frames}`;
}
