import { z } from 'zod';
import { EVERYONE, type Role } from './access';
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

export const auditOperations = {
  'audit.history': operation<AuditEntryDto[]>()(historyInput, { roles: EVERYONE, reads: ['audit'] }),
};
