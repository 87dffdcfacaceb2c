import { STALE_MESSAGE, type ApiError, type ApiErrorCode, type FieldIssue } from '../../shared/api/errors';

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

/** Refuses an edit made from an older copy than the one stored, and raises the version otherwise. */
export function claimVersion(record: { version: number }, expected: number): void {
  if (record.version !== expected) throw new DomainError('STALE', STALE_MESSAGE);
  record.version = expected + 1;
}
