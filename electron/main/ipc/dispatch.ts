import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { fileOpenedBy, mayUse, ROLE_LABELS, type RecordKind, type Role } from '../../../shared/api/access';
import { SESSION_GATE_OPERATIONS } from '../../../shared/api/accounts';
import type { AuditedEntity } from '../../../shared/api/audit';
import { contract, isOperationName, type OperationName } from '../../../shared/api/contract';
import type { ApiError, ApiResponse } from '../../../shared/api/errors';
import { kindsChangedBy } from '../../../shared/api/live';
import { engineOf } from '../../db/engine';
import { sessionIdentity } from '../../db/team/identity';
import { recordReading, RecentReadings } from '../../services/audit/access-log';
import { diffSnapshots, recordAudit, toSnapshot, versionOf, type Snapshot } from '../../services/audit/audit';
import { auditLoaders, SINGLE_RECORDS } from '../../services/audit/loaders';
import { currentDate, systemClock, type Clock } from '../../services/clock';
import type { ServiceContext } from '../../services/context';
import { DomainError } from '../../services/errors';
import type { HandledOperation, Handlers } from '../../services/handler';
import { BUSY_MESSAGE, isTransient, withRetries } from './transient';

export interface Logger {
  info(message: string): void;
  error(message: string): void;
}

export interface DispatcherOptions {
  /** Who acts on this computer's own database: the operating system's user. */
  computerUser: string;
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
  prepare?: (input: unknown, today: string) => Promise<void>;
  run: (ctx: ServiceContext, input: unknown) => Promise<unknown>;
  audits?: AuditedEntity;
  logsEvent?: true;
}

const REFUSED_BY_SERVER =
  'De database staat dit uw account niet toe; er is niets opgeslagen. Vraag de beheerder om de juiste rol.';

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
  const recentReadings = new RecentReadings();
  let queue: Promise<unknown> = Promise.resolve();

  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (!sqlite) return work();
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  }

  async function execute(
    name: HandledOperation,
    input: unknown,
    manager: EntityManager,
    afterCommit: (work: () => Promise<void>) => void,
  ): Promise<Outcome> {
    const entry = handlers[name] as unknown as LooseEntry;
    const identity = await sessionIdentity(manager, options.computerUser);
    if (!mayUse(contract[name].access, identity.roles)) throw forbidden(contract[name].access.roles);
    if (entry.audits) await engine.startCommand(manager);
    const ctx: ServiceContext = {
      manager,
      clock,
      actor: identity.login,
      actorName: identity.name,
      roles: identity.roles,
      afterCommit,
    };
    if (!entry.audits) {
      const output = await entry.run(ctx, input);
      await logReading(ctx, name, input, recentReadings);
      return announced(manager, outcome(name, input, output));
    }
    const load = auditLoaders[entry.audits];
    const single = SINGLE_RECORDS[entry.audits];
    const inputIds = single === undefined ? idsOf(input) : [single];
    const before = new Map<number, Snapshot>();
    for (const id of inputIds) before.set(id, toSnapshot(await load(ctx, id)));
    const output = await entry.run(ctx, input);
    const recordIds = inputIds.length > 0 ? inputIds : idsOf(output);
    for (const recordId of recordIds) {
      const after = await load(ctx, recordId);
      await recordAudit(ctx, {
        actor: ctx.actor,
        operation: name,
        entityType: entry.audits,
        entityId: recordId,
        changes: diffSnapshots(before.get(recordId) ?? null, toSnapshot(after)),
        version: versionOf(after),
        event: entry.logsEvent ?? false,
      });
    }
    return announced(manager, outcome(name, input, output));
  }

  /** Tells colleagues from inside the transaction, so they hear of the change only once it commits. */
  async function announced(manager: EntityManager, result: Outcome): Promise<Outcome> {
    if (result.change && options.announce) await options.announce(manager, result.change);
    return result;
  }

  async function dispatch(name: unknown, payload: unknown): Promise<ApiResponse<unknown>> {
    // Signing in and out is the session's (see services/session/gate.ts), never a database's.
    if (!isOperationName(name) || !isHandled(name)) {
      return failure('UNKNOWN_OPERATION', 'Deze handeling kent de app niet. Start de app opnieuw.');
    }
    const parsed = (contract[name].input as z.ZodType).safeParse(payload ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    try {
      // Outside the queue: on SQLite every other operation waits for the one in it. Only for a role
      // that may use the operation: the work is not started for someone it will refuse.
      const { prepare } = handlers[name] as unknown as LooseEntry;
      if (prepare) {
        const { roles } = await sessionIdentity(dataSource.manager, options.computerUser);
        if (!mayUse(contract[name].access, roles)) throw forbidden(contract[name].access.roles);
        await prepare(parsed.data, currentDate(clock));
      }
      const { output, change } = await withRetries(() =>
        exclusive(async () => {
          const later: (() => Promise<void>)[] = [];
          const outcome = await dataSource.transaction((manager) =>
            execute(name, parsed.data, manager, (work) => later.push(work)),
          );
          for (const work of later) await work();
          return outcome;
        }),
      );
      if (change) options.committed?.(change);
      return { ok: true, data: output };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toApiError() };
      if (isTransient(error)) return failure('CONFLICT', BUSY_MESSAGE);
      if (isRefusedByServer(error)) return failure('FORBIDDEN', REFUSED_BY_SERVER);
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

/** A question that opens a family's file leaves a line in the inzagelog, once it answered. */
async function logReading(
  ctx: ServiceContext,
  name: OperationName,
  input: unknown,
  recent: RecentReadings,
): Promise<void> {
  const kind = fileOpenedBy(contract[name].access);
  const [id] = idsOf(input);
  if (kind && id !== undefined && recent.isNew(ctx.actor, name, kind, id, ctx.clock.now()))
    await recordReading(ctx, name, kind, id);
}

/** A command's answer and what it changed; a question changes nothing. */
function outcome(name: OperationName, input: unknown, output: unknown): Outcome {
  const kinds = kindsChangedBy(name);
  if (kinds.length === 0) return { output, change: null };
  const ids = idsOf(input);
  return { output, change: { operation: name, kinds, ids: ids.length > 0 ? ids : idsOf(output) } };
}

function forbidden(roles: readonly Role[]): DomainError {
  const names = roles.map((role) => ROLE_LABELS[role]).join(' of ');
  return new DomainError(
    'FORBIDDEN',
    `Dit mag alleen iemand met de rol ${names}. Vraag de beheerder als u dit nodig hebt.`,
  );
}

/** The server's own refusal (`insufficient_privilege`): the grants are stricter than the app thought. */
function isRefusedByServer(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: unknown } }).driverError;
  return driverError?.code === '42501';
}

function isHandled(name: OperationName): name is HandledOperation {
  return !(SESSION_GATE_OPERATIONS as readonly string[]).includes(name);
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

/** At most this many fields are marked at once: a garbled input must not answer with thousands. */
const MAX_ISSUES = 50;
/** A field's message or path longer than this was not written by us: it quotes the input. */
const MAX_TEXT = 300;

/**
 * The schemas' own Dutch messages per field, capped: each once, a bounded number, and never a
 * long quote of what was sent (a path may hold a key the caller made up).
 */
function validationError(error: z.ZodError): ApiError {
  const issues: ApiError['issues'] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const marked = { path: capped(issue.path.map(String).join('.')), message: capped(issue.message) };
    const key = `${marked.path}\n${marked.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(marked);
    if (issues.length === MAX_ISSUES) break;
  }
  return {
    code: 'VALIDATION',
    message: 'Niet alles is goed ingevuld. Verbeter de gemarkeerde velden.',
    issues,
  };
}

function capped(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}

/** The error's kind and where it happened, never its message: that may quote what the user typed. */
function describeWithoutData(error: unknown): string {
  if (!(error instanceof Error)) return 'non-error thrown';
  const frames = (error.stack ?? '').split('\n').slice(1, 6).join(' | ');
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? ` ${code}` : ''} at ${frames}`;
}
