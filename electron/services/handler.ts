import type { AuditedEntity } from '../../shared/api/audit';
import type { OperationName, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { ServiceContext } from './context';

type UseCase<K extends OperationName> = (ctx: ServiceContext, input: ParsedInputOf<K>) => Promise<OutputOf<K>>;

/**
 * How the handler layer runs an operation. A command names the kind of record it changes, so the
 * layer can write the audit trail for every command in one place.
 */
interface HandlerEntry<K extends OperationName> {
  run: UseCase<K>;
  audits?: AuditedEntity;
}

export type Handlers = { [K in OperationName]: HandlerEntry<K> };

/** The handlers of one work area, e.g. `AreaHandlers<'municipalities.' | 'coordinators.'>`. */
export type AreaHandlers<Prefix extends string> = {
  [K in Extract<OperationName, `${Prefix}${string}`>]: HandlerEntry<K>;
};
