import { formatDate, formatMoney, formatNumber } from '../../domain/format';
import type { AuditValue } from '../audit';

type Choices = Readonly<Record<string, string>>;

/** How a record's history shows one field of its audit view: a Dutch label and the kind of value. */
export type ShownField =
  | { label: string; kind: 'text' | 'note' | 'number' | 'date' | 'money' | 'yesNo' }
  | { label: string; kind: 'choice' | 'choices'; choices: Choices };

/** A field the history leaves out: an id beside the name that tells the user which record. */
type HiddenField = { kind: 'hidden' };

export type HistoryField = ShownField | HiddenField;

/** Every field of one kind of record's audit view, by its name there. */
export type HistoryFields = Readonly<Record<string, HistoryField>>;

export const text = (label: string): ShownField => ({ label, kind: 'text' });
/**
 * Free text (notes, a family's question in its own words): the trail keeps that it changed and by
 * whom, never the words, so it does not become a second copy of the file that outlives an erasure.
 */
export const note = (label: string): ShownField => ({ label, kind: 'note' });
export const number = (label: string): ShownField => ({ label, kind: 'number' });
/** An ISO calendar date. */
export const date = (label: string): ShownField => ({ label, kind: 'date' });
/** Whole cents. */
export const money = (label: string): ShownField => ({ label, kind: 'money' });
export const yesNo = (label: string): ShownField => ({ label, kind: 'yesNo' });
/** One code of a list, shown by its Dutch name. */
export const choice = (label: string, names: Choices): ShownField => ({ label, kind: 'choice', choices: names });
/** Codes of a list joined by `, ` (as the audit trail joins lists), each shown by its Dutch name. */
export const choices = (label: string, names: Choices): ShownField => ({ label, kind: 'choices', choices: names });
export const hidden: HiddenField = { kind: 'hidden' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A value as the user sees it elsewhere in the app. A value of another shape than its kind (an
 * entry written before the view stored codes, such as a Dutch date) shows as it was stored.
 */
export function showValue(field: ShownField, value: AuditValue): string {
  if (field.kind === 'note') return NOT_KEPT;
  if (value === null || value === '') return '(leeg)';
  switch (field.kind) {
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) ? formatDate(value) : String(value);
    case 'money':
      return Number.isInteger(value) ? formatMoney(value as number) : String(value);
    case 'number':
      return typeof value === 'number' ? formatNumber(value) : String(value);
    case 'choice':
      return field.choices[String(value)] ?? String(value);
    case 'choices':
      return String(value)
        .split(', ')
        .map((code) => field.choices[code] ?? code)
        .join(', ');
    case 'yesNo':
      return typeof value === 'boolean' ? (value ? 'Ja' : 'Nee') : String(value);
    case 'text':
      return String(value);
  }
}

const NOT_KEPT = 'gewijzigd (de tekst zelf staat niet in de geschiedenis)';

/** Whether a field's words stay out of the audit trail. */
export function isNote(field: HistoryField | undefined): boolean {
  return field?.kind === 'note';
}

/** The labels of the shown fields, for what else names fields by the audit trail's names (the clash notice). */
export function fieldLabels(fields: HistoryFields): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [name, field] of Object.entries(fields)) if (field.kind !== 'hidden') labels[name] = field.label;
  return labels;
}
