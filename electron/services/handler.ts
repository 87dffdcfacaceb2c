import type { SessionGateOperation } from '../../shared/api/accounts';
import type { AuditedEntity } from '../../shared/api/audit';
import type { OperationName, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { ServiceContext } from './context';

type UseCase<K extends OperationName> = (ctx: ServiceContext, input: ParsedInputOf<K>) => Promise<OutputOf<K>>;

/**
 * How the handler layer runs an operation. A command names the kind of record it changes, so the
 * layer can write the audit trail for every command in one place.
 */
interface HandlerEntry<K extends OperationName> {
  /**
   * Slow work that needs no database (reading an import file in a worker), awaited before the
   * operation joins the queue and opens its transaction; `run` then finds its result. `today` is
   * the dispatcher's clock's date.
   */
  prepare?: (input: ParsedInputOf<K>, today: string) => Promise<void>;
  run: UseCase<K>;
  audits?: AuditedEntity;
  /** A change the record's view cannot show (a new password): logged even without a changed field. */
  logsEvent?: true;
}

/** Every operation but signing in and out, which the session answers before there is a database. */
export type HandledOperation = Exclude<OperationName, SessionGateOperation>;

export type Handlers = { [K in HandledOperation]: HandlerEntry<K> };

/** The handlers of one work area, e.g. `AreaHandlers<'municipalities.' | 'coordinators.'>`. */
export type AreaHandlers<Prefix extends string> = {
  [K in Extract<HandledOperation, `${Prefix}${string}`>]: HandlerEntry<K>;
};
