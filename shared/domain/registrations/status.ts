/** The registration's path through backoffice triage, as an explicit state machine. */
export const REGISTRATION_STATUSES = [
  'nieuw',
  'in_behandeling',
  'doorgezet',
  'wachtlijst',
  'doorverwezen',
  'afgewezen',
  'ingetrokken',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const STATUS_LABELS: Record<RegistrationStatus, string> = {
  nieuw: 'Nieuw',
  in_behandeling: 'In behandeling',
  doorgezet: 'Doorgezet naar coördinator',
  wachtlijst: 'Wachtlijst',
  doorverwezen: 'Doorverwezen',
  afgewezen: 'Afgewezen',
  ingetrokken: 'Ingetrokken',
};

/** Registrations still on the backoffice's desk. */
export const OPEN_STATUSES: RegistrationStatus[] = ['nieuw', 'in_behandeling', 'wachtlijst'];

const OFF_PATH: RegistrationStatus[] = ['wachtlijst', 'doorverwezen', 'afgewezen', 'ingetrokken'];

export const TRANSITIONS: Record<RegistrationStatus, RegistrationStatus[]> = {
  nieuw: ['in_behandeling', 'doorgezet', ...OFF_PATH],
  in_behandeling: ['doorgezet', ...OFF_PATH],
  wachtlijst: ['in_behandeling', 'doorgezet', 'doorverwezen', 'afgewezen', 'ingetrokken'],
  doorgezet: [],
  doorverwezen: [],
  afgewezen: [],
  ingetrokken: [],
};

/** Leaving the normal path (Nieuw → In behandeling → Doorgezet) needs a reason. */
export function needsReason(to: RegistrationStatus): boolean {
  return OFF_PATH.includes(to);
}

export function transitionError(from: RegistrationStatus, to: RegistrationStatus): string | null {
  if (TRANSITIONS[from].includes(to)) return null;
  if (TRANSITIONS[from].length === 0) {
    return `Deze aanmelding is al afgehandeld (${STATUS_LABELS[from]}) en kan niet meer veranderen.`;
  }
  return `Een aanmelding met status "${STATUS_LABELS[from]}" kan niet naar "${STATUS_LABELS[to]}".`;
}
