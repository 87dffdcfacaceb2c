/** A match's path from proposal to its end, as an explicit state machine. */
export const MATCH_STATUSES = [
  'voorgesteld',
  'kennismaking',
  'proefperiode',
  'actief',
  'afgerond',
  'voortijdig_beeindigd',
] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

export const MATCH_STATUS_LABELS: Record<MatchStatus, string> = {
  voorgesteld: 'Voorgesteld',
  kennismaking: 'Kennismaking',
  proefperiode: 'Proefperiode',
  actief: 'Actief',
  afgerond: 'Afgerond',
  voortijdig_beeindigd: 'Voortijdig beëindigd',
};

/** Matches still running: they show in the Agenda and count as active. */
export const RUNNING_STATUSES: MatchStatus[] = ['voorgesteld', 'kennismaking', 'proefperiode', 'actief'];

export const MATCH_TRANSITIONS: Record<MatchStatus, MatchStatus[]> = {
  voorgesteld: ['kennismaking', 'voortijdig_beeindigd'],
  kennismaking: ['proefperiode', 'voortijdig_beeindigd'],
  proefperiode: ['actief', 'voortijdig_beeindigd'],
  actief: ['afgerond', 'voortijdig_beeindigd'],
  afgerond: [],
  voortijdig_beeindigd: [],
};

export const END_REASONS = ['niet_meer_nodig', 'conflict_hulpverlening', 'te_zwaar', 'verhuizing', 'anders'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const END_REASON_LABELS: Record<EndReason, string> = {
  niet_meer_nodig: 'Steun niet meer nodig',
  conflict_hulpverlening: 'Conflict over hulpverlening',
  te_zwaar: 'Te zwaar voor steungezin',
  verhuizing: 'Verhuizing',
  anders: 'Anders',
};

export function matchTransitionError(from: MatchStatus, to: MatchStatus): string | null {
  if (MATCH_TRANSITIONS[from].includes(to)) return null;
  if (MATCH_TRANSITIONS[from].length === 0) {
    return `Deze koppeling is al beëindigd (${MATCH_STATUS_LABELS[from]}) en kan niet meer veranderen.`;
  }
  return `Een koppeling met status "${MATCH_STATUS_LABELS[from]}" kan niet naar "${MATCH_STATUS_LABELS[to]}".`;
}
