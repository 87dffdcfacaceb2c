import { z } from 'zod';
import { EVERYONE } from './access';
import { id } from './fields';
import { operation } from './operation';

const AUDITED_ENTITIES = [
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
}

const historyInput = z.object({ entityType: z.enum(AUDITED_ENTITIES), entityId: id });

export const auditOperations = {
  'audit.history': operation<AuditEntryDto[]>()(historyInput, { roles: EVERYONE, reads: ['audit'] }),
};
