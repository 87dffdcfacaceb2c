/**
 * Merging a form refused as stale with the newer version a colleague saved, field by field. A
 * field is one of the form's own values: a list (a family's people) or a group of values (a
 * schedule) counts as one field, compared by content.
 */

/** Whose change a field holds: only the user's, only the colleague's, or both (and they differ). */
export type FieldOutcome = 'mine' | 'theirs' | 'both';

export interface FieldMerge {
  field: string;
  outcome: FieldOutcome;
  mine: unknown;
  theirs: unknown;
}

/** Which value the user keeps for a field both changed. */
export type Choice = 'mine' | 'theirs';

/**
 * The fields someone changed since `base`, the values the form was loaded from; fields nobody
 * changed, or both changed alike, need no decision and are left out.
 */
export function mergeFields<V extends object>(base: V, mine: V, theirs: V): FieldMerge[] {
  const fields = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  const merged: FieldMerge[] = [];
  for (const field of fields) {
    const [was, mineNow, theirsNow] = [base, mine, theirs].map((values) => (values as Record<string, unknown>)[field]);
    const mineChanged = !deepEqual(was, mineNow);
    const theirsChanged = !deepEqual(was, theirsNow);
    if (!mineChanged && !theirsChanged) continue;
    if (mineChanged && theirsChanged && deepEqual(mineNow, theirsNow)) continue;
    const outcome = mineChanged && theirsChanged ? 'both' : mineChanged ? 'mine' : 'theirs';
    merged.push({ field, outcome, mine: mineNow, theirs: theirsNow });
  }
  return merged;
}

/** The fields both changed that still wait for the user's choice. */
export function undecided(fields: FieldMerge[], choices: Record<string, Choice>): string[] {
  return fields.filter((f) => f.outcome === 'both' && !choices[f.field]).map((f) => f.field);
}

/**
 * The colleague's version with the user's changes on top: their own fields, and of the fields both
 * changed the ones where the user chose their own value.
 */
export function mergedValues<V extends object>(fields: FieldMerge[], theirs: V, choices: Record<string, Choice>): V {
  const waiting = undecided(fields, choices);
  if (waiting.length > 0) throw new Error(`no choice made for ${waiting.join(', ')}`);
  const merged: Record<string, unknown> = { ...(theirs as Record<string, unknown>) };
  for (const { field, outcome, mine } of fields) {
    if (outcome === 'mine' || (outcome === 'both' && choices[field] === 'mine')) merged[field] = mine;
  }
  return merged as V;
}

/** Equal content: arrays item by item in order, objects key by key in any order. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => deepEqual(a[key], b[key]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
