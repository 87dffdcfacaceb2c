/** The one error shape that crosses the process boundary. Messages are Dutch and meant for the user. */
export type ApiErrorCode =
  'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'STALE' | 'UNKNOWN_OPERATION' | 'FORBIDDEN' | 'SIGNED_OUT' | 'INTERNAL';

export interface FieldIssue {
  /** Dotted path of the field in the operation's input, e.g. `name` or `people.0.birthDate`. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  issues: FieldIssue[];
}

export type ApiResponse<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export const STALE_MESSAGE =
  'Iemand anders heeft dit intussen gewijzigd. Sluit het venster en open het opnieuw om de nieuwste gegevens te zien.';
