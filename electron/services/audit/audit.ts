import {
  AUDIT_READERS,
  type AuditEntryDto,
  type AuditValue,
  type AuditedEntity,
  type FieldChange,
} from '../../../shared/api/audit';
import { HISTORY_FIELDS } from '../../../shared/api/history';
import { isNote } from '../../../shared/api/history/field';
import { AuditEntryEntity } from '../../db/entities/AuditEntry';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { DomainError } from '../errors';

/** A record as the user knows it: its fields by name, lists of related records as their names. */
export type Snapshot = Record<string, AuditValue>;

const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/**
 * Turns a record's DTO into a snapshot; related records show by name, the way users know them, and
 * a list of codes (an account's roles) as the codes joined by `, `.
 */
export function toSnapshot(dto: object): Snapshot {
  const snapshot: Snapshot = {};
  for (const [field, value] of Object.entries(dto)) {
    if (BOOKKEEPING.has(field)) continue;
    snapshot[field] = Array.isArray(value) ? value.map(listItem).join(', ') : (value as AuditValue);
  }
  return snapshot;
}

function listItem(item: string | { name?: string; id?: number }): string {
  return typeof item === 'string' ? item : (item.name ?? String(item.id));
}

export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const old = before?.[field] ?? null;
    const current = after?.[field] ?? null;
    if (old !== current) changes.push({ field, old, new: current });
  }
  return changes;
}

/** The version a record's view carries, for the audit entry of the change that made it. */
export function versionOf(view: object): number | null {
  const { version } = view as { version?: unknown };
  return typeof version === 'number' ? version : null;
}

export interface AuditRecord {
  actor: string;
  operation: string;
  entityType: AuditedEntity;
  entityId: number;
  changes: FieldChange[];
  version: number | null;
  /** Kept even when no field changed. */
  event: boolean;
}

export async function recordAudit(ctx: ServiceContext, record: AuditRecord): Promise<void> {
  const { event, ...entry } = record;
  if (entry.changes.length === 0 && !event) return;
  await ctx.manager.insert(AuditEntryEntity, {
    ...entry,
    at: timestamp(ctx.clock),
    changes: JSON.stringify(withoutNotes(record.entityType, record.changes)),
  });
}

/** A free-text field's change is kept as having happened, without its words (see `note`). */
function withoutNotes(entityType: AuditedEntity, changes: FieldChange[]): FieldChange[] {
  const fields = HISTORY_FIELDS[entityType];
  return changes.map((change) =>
    isNote(fields[change.field]) ? { field: change.field, old: null, new: null } : change,
  );
}

export async function auditHistory(
  { manager, roles }: ServiceContext,
  input: { entityType: AuditedEntity; entityId: number },
): Promise<AuditEntryDto[]> {
  if (!AUDIT_READERS[input.entityType].some((role) => roles.includes(role))) {
    throw new DomainError(
      'FORBIDDEN',
      'Deze geschiedenis is niet voor uw rol. Vraag de beheerder als u haar nodig hebt.',
    );
  }
  const rows = await manager.find(AuditEntryEntity, {
    where: { entityType: input.entityType, entityId: input.entityId },
    order: { id: 'DESC' },
  });
  return rows.map(({ id, at, actor, operation, changes, version }) => ({
    id,
    at,
    actor,
    operation,
    changes: JSON.parse(changes) as FieldChange[],
    version,
  }));
}
