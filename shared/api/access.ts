/**
 * Who may do what, and which kinds of record an operation reads or changes. The dispatcher checks
 * the roles, the database grants match them, and the renderer hides what a role cannot use and
 * refetches what a change (its own or a colleague's) touched.
 */
export const ROLES = ['beheer', 'backoffice', 'financien'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  beheer: 'Beheer',
  backoffice: 'Backoffice',
  financien: 'Financiën',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  beheer: 'Accounts, Instellingen, sjablonen en bewaartermijnen',
  backoffice: 'Aanmeldingen, gezinnen, koppelingen, VOG en verzekering',
  financien: 'Gemeenten, contracten, facturen en betalingen; geen gezinsgegevens',
};

export const RECORD_KINDS = [
  'access',
  'account',
  'audit',
  'connection',
  'contract',
  'coordinator',
  'document',
  'family',
  'import',
  'incident',
  'instalment',
  'invoice',
  'match',
  'municipality',
  'organisation',
  'policy',
  'presence',
  'registration',
  'settings',
  'template',
  'vog',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Everyone signed in. */
export const EVERYONE: readonly Role[] = ROLES;
export const BACKOFFICE: readonly Role[] = ['backoffice'];
export const FINANCE: readonly Role[] = ['financien'];
export const ADMIN: readonly Role[] = ['beheer'];

/** The files whose opening the "inzagelog" keeps: the ones about a family and its children. */
export const FILE_KINDS = ['family', 'registration', 'match', 'vog'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** A question: who may ask it and what it reads, so a change to any of those asks it again. */
export interface QueryAccess {
  roles: readonly Role[];
  reads: readonly RecordKind[];
  /** It opens one file, the one its input's `id` names: who did so when goes into the inzagelog. */
  logsReading?: FileKind;
}

/** A command: who may give it and what it changes. */
export interface CommandAccess {
  roles: readonly Role[];
  changes: readonly RecordKind[];
}

export type Access = QueryAccess | CommandAccess;

export function mayUse(access: Access, held: readonly Role[]): boolean {
  return access.roles.some((role) => held.includes(role));
}

export function changesOf(access: Access): readonly RecordKind[] {
  return 'changes' in access ? access.changes : [];
}

export function fileOpenedBy(access: Access): FileKind | null {
  return 'logsReading' in access ? (access.logsReading ?? null) : null;
}

export function readsOf(access: Access): readonly RecordKind[] {
  return 'reads' in access ? access.reads : [];
}
