import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { AuditedEntity } from '../../shared/api/audit';
import { ApiCallError, call } from '../api';
import { mergeFields, mergedValues, type Choice } from './merge';

/**
 * Puts a refused operation's messages at the fields they concern, or, when they concern no
 * field, in a notification. The form keeps everything the user typed.
 */
export function showApiError<V>(form: UseFormReturnType<V>, error: unknown): void {
  const apiError = error instanceof ApiCallError ? error.error : null;
  const fieldIssues =
    apiError?.issues.filter((issue) => issue.path.split('.')[0] in (form.getValues() as object)) ?? [];
  if (fieldIssues.length > 0) {
    form.setErrors(Object.fromEntries(fieldIssues.map((issue) => [issue.path, issue.message])));
    return;
  }
  notifyError(error);
}

export function notifyError(error: unknown): void {
  notifications.show({
    color: 'red',
    title: 'Niet gelukt',
    message: error instanceof ApiCallError ? error.error.message : 'Er ging iets mis. Probeer het opnieuw.',
    autoClose: 8000,
  });
}

export function notifySaved(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}

/**
 * The one way a form saves: run the operation, say so, or put the refusal at the fields; what
 * the user typed stays in the form either way. A versioned form refused because a colleague saved
 * first shows what the colleague changed (see `useVersionedForm`).
 */
export function saveForm<V extends object, R>(
  form: UseFormReturnType<V>,
  save: (values: V) => Promise<R>,
  saved: (result: R, values: V) => string,
  versioned?: VersionedForm<V>,
) {
  return form.onSubmit(async (values) => {
    try {
      notifySaved(saved(await save(values), values));
      // Nothing unsaved is left, so the saved version replaces the values once the page has it.
      if (versioned) form.resetDirty();
    } catch (error) {
      if (versioned && error instanceof ApiCallError && error.error.code === 'STALE') await versioned.refused();
      else showApiError(form, error);
    }
  });
}

/** The record as stored, as a form's values, and the version those values are. */
export interface StoredValues<V> {
  values: V;
  version: number;
}

/** A colleague's save: who, when, and the fields it changed by their names in the audit trail. */
export interface ColleagueChange {
  at: string;
  actor: string;
  fields: string[];
}

export interface VersionSource<V> {
  /** The record as the page has it: a newer version than the form's replaces what the user left untouched. */
  stored: StoredValues<V>;
  /** The record as stored now, asked again when a save is refused. */
  reload: () => Promise<StoredValues<V>>;
  /** The saves made after a version, oldest first. */
  changesSince: (version: number) => Promise<ColleagueChange[]>;
}

/** A save refused because a colleague saved first: their version and what they changed. */
export interface Clash<V> {
  stored: StoredValues<V>;
  changes: ColleagueChange[];
}

export interface VersionedForm<V> {
  form: UseFormReturnType<V>;
  /** The version to save with: the one loaded, or the newer one the user put their changes on. */
  version: number;
  clash: Clash<V> | null;
  refused: () => Promise<void>;
  /** Puts the user's changes on top of the colleague's version in the form; saving stays the user's click. */
  apply: (choices: Record<string, Choice>) => void;
}

/**
 * A form on a versioned record. A newer version reaching the page (a colleague's save, heard live,
 * or the form's own) replaces an untouched form's values, never what the user typed. When a save is
 * refused as stale, the form keeps what the user typed and learns the stored version and who
 * changed what since; `ClashNotice` shows it and lets the user apply their changes to it. The
 * form must therefore not be remounted when the record's version changes.
 */
export function useVersionedForm<V extends object>(
  form: UseFormReturnType<V>,
  source: VersionSource<V>,
): VersionedForm<V> {
  const [version, setVersion] = useState(source.stored.version);
  const [clash, setClash] = useState<Clash<V> | null>(null);
  const { stored } = source;
  // Adjusted while rendering, as React advises for state that follows a prop: no render shows the older version.
  if (stored.version > version && !form.isDirty()) {
    form.setValues(stored.values);
    form.resetDirty(stored.values);
    setVersion(stored.version);
    setClash(null);
  }

  async function refused() {
    try {
      const [latest, changes] = await Promise.all([
        source.reload(),
        // Who changed what helps but is not needed to merge: a user who may not read the history still can.
        source.changesSince(version).catch(() => []),
      ]);
      setClash({ stored: latest, changes });
    } catch (error) {
      notifyError(error);
    }
  }

  function apply(choices: Record<string, Choice>) {
    if (!clash) return;
    const { values, version: storedVersion } = clash.stored;
    const fields = mergeFields(form.getInitialValues(), form.getValues(), values);
    form.resetDirty(values);
    form.setValues(mergedValues(fields, values, choices));
    form.clearErrors();
    setVersion(storedVersion);
    setClash(null);
  }

  return { form, version, clash, refused, apply };
}

/** The saves of an audited record after a version, from its audit trail. */
export function auditedChanges(entityType: AuditedEntity, entityId: number) {
  return async (version: number): Promise<ColleagueChange[]> =>
    (await call('audit.history', { entityType, entityId }))
      .filter((entry) => entry.version !== null && entry.version > version)
      .reverse()
      .map(({ at, actor, changes }) => ({ at, actor, fields: changes.map((change) => change.field) }));
}

/** The record with `id` in a list asked again, for records the contract has no question of their own for. */
export function storedRecord<T extends { id: number }>(records: T[], id: number): T {
  const record = records.find((r) => r.id === id);
  if (record) return record;
  throw new ApiCallError({
    code: 'NOT_FOUND',
    message: 'Dit bestaat niet meer: iemand anders heeft het verwijderd. Sluit het venster.',
    issues: [],
  });
}
