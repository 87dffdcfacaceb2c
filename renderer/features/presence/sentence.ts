import type { PresenceKind } from '../../../shared/api/presence';

const THE_RECORD: Record<PresenceKind, string> = { registration: 'deze aanmelding', match: 'deze koppeling' };

/** "Anna heeft deze aanmelding open", "Anna en Bram hebben ..."; null when nobody else has it open. */
export function openBySentence(names: readonly string[], kind: PresenceKind): string | null {
  if (names.length === 0) return null;
  const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
  return `${who} ${names.length === 1 ? 'heeft' : 'hebben'} ${THE_RECORD[kind]} open`;
}
