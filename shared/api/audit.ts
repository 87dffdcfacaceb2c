import { z } from 'zod';
import { ADMIN, EVERYONE, FILE_KINDS, type FileKind, type Role } from './access';
import { id } from './fields';
import { operation } from './operation';

const AUDITED_ENTITIES = [
  'account',
  'municipality',
  'coordinator',
  'settings',
  'registration',
  'import',
  'family',
  'organisation',
  'contract',
  'invoice',
  'match',
  'document',
  'template',
  'vog',
  'policy',
  'incident',
] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

/**
 * Who may read the history of each kind of record: the roles that work with it. The server's row
 * policy on `audit_entry` (PostgreSQL migration 1795500000007) says the same.
 */
export const AUDIT_READERS: Record<AuditedEntity, readonly Role[]> = {
  account: ['beheer'],
  municipality: ['beheer', 'backoffice', 'financien'],
  coordinator: ['beheer', 'backoffice'],
  settings: ['beheer'],
  registration: ['backoffice'],
  import: ['backoffice'],
  family: ['backoffice'],
  organisation: ['beheer'],
  contract: ['financien'],
  invoice: ['financien'],
  match: ['backoffice'],
  document: ['backoffice'],
  template: ['beheer'],
  vog: ['backoffice'],
  policy: ['backoffice'],
  incident: ['backoffice'],
};

export type AuditValue = string | number | boolean | null;

export interface FieldChange {
  field: string;
  old: AuditValue;
  new: AuditValue;
}

export interface AuditEntryDto {
  id: number;
  at: string;
  actor: string;
  operation: string;
  changes: FieldChange[];
  /** The record's version this change made: a form loaded at an older version did not see it. */
  version: number | null;
}

const historyInput = z.object({ entityType: z.enum(AUDITED_ENTITIES), entityId: id });

/** One line of the inzagelog: who opened which file when. */
export interface AccessLogDto {
  id: number;
  at: string;
  actor: string;
  operation: string;
  entityType: FileKind;
  entityId: number;
}

const accessLogQuery = z.object({
  entityType: z.enum(FILE_KINDS).nullable().default(null),
  entityId: id.nullable().default(null),
  actor: z.string().trim().max(100).default(''),
  limit: z.number().int().min(1).max(5000).default(1000),
});
export type AccessLogQuery = z.output<typeof accessLogQuery>;

export const FILE_KIND_LABELS: Record<FileKind, string> = {
  family: 'Gezin',
  registration: 'Aanmelding',
  match: 'Koppeling',
  vog: 'VOG',
};

export const auditOperations = {
  'audit.history': operation<AuditEntryDto[]>()(historyInput, { roles: EVERYONE, reads: ['audit'] }),
  /** The inzagelog, newest first: for beheer only, as the server's grants say too. */
  'accessLog.list': operation<{ rows: AccessLogDto[]; total: number }>()(accessLogQuery, {
    roles: ADMIN,
    reads: ['access'],
  }),
};
