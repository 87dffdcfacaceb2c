import type { EntityManager, EntitySchema } from 'typeorm';
import { STALE_MESSAGE, type ApiError, type ApiErrorCode, type FieldIssue } from '../../shared/api/errors';
import { execute, raw, sql } from '../db/sql';

/** An error the user can act on: thrown by services, answered as the one error shape. */
export class DomainError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

/** A problem with one field of the input, shown at that field. */
export function fieldError(path: string, message: string, code: ApiErrorCode = 'VALIDATION'): DomainError {
  return new DomainError(code, message, [{ path, message }]);
}

export function notFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', `${what} bestaat niet (meer). Vernieuw de lijst en probeer het opnieuw.`);
}

/**
 * Refuses an edit made from an older copy than the one stored, and raises the version otherwise.
 * The check is part of the UPDATE itself: a colleague's transaction that raised the version first,
 * even one still running on the shared server, makes this one change no row and be refused.
 */
export async function claimVersion<T extends { id: number; version: number }>(
  { manager }: { manager: EntityManager },
  target: EntitySchema<T>,
  record: T,
  expected: number,
): Promise<void> {
  if (record.version !== expected) throw new DomainError('STALE', STALE_MESSAGE);
  const table = raw(`"${manager.connection.getMetadata(target).tableName}"`);
  const claimed = await execute(
    manager,
    sql`UPDATE ${table} SET "version" = ${expected + 1} WHERE "id" = ${record.id} AND "version" = ${expected}`,
  );
  if (claimed !== 1) throw new DomainError('STALE', STALE_MESSAGE);
  record.version = expected + 1;
}
