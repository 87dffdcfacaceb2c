import { changesOf, readsOf, type RecordKind } from './access';
import { contract, type OperationName } from './contract';

/** What a page hears has changed: some kinds of record, or, after a lost connection, possibly anything. */
export type LiveChange = { kinds: readonly RecordKind[] } | { everything: true };

/** The kinds a command changes as the lists see them: what it declares, and the history that records it. */
export function kindsChangedBy(name: OperationName): RecordKind[] {
  const kinds = changesOf(contract[name].access);
  return kinds.length === 0 ? [] : [...kinds, 'audit'];
}

/** Whether the change may have outdated an answer to the question, by what the question declares it reads. */
export function isOutdatedBy(question: OperationName, change: LiveChange): boolean {
  if ('everything' in change) return true;
  return readsOf(contract[question].access).some((kind) => change.kinds.includes(kind));
}
