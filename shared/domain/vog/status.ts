import { addDays, addMonths, ageOn, daysBetween } from '../dates';

/**
 * A volunteer adult's VOG. "Nodig" is where everyone starts who needs one and has no request; the
 * other states are kept per person, with every change recorded.
 */
export const VOG_STATUSES = [
  'nodig',
  'aangevraagd',
  'ontvangen',
  'voornemen_weigering',
  'geweigerd',
  'verlopen_aanvraag',
] as const;
export type VogStatus = (typeof VOG_STATUSES)[number];

export const VOG_STATUS_LABELS: Record<VogStatus, string> = {
  nodig: 'Nodig',
  aangevraagd: 'Aangevraagd',
  ontvangen: 'Ontvangen',
  voornemen_weigering: 'Voornemen tot weigering',
  geweigerd: 'Geweigerd',
  verlopen_aanvraag: 'Verlopen aanvraag',
};

export const VOG_TRANSITIONS: Record<VogStatus, VogStatus[]> = {
  nodig: ['aangevraagd'],
  aangevraagd: ['ontvangen', 'voornemen_weigering', 'geweigerd', 'verlopen_aanvraag'],
  voornemen_weigering: ['ontvangen', 'geweigerd'],
  verlopen_aanvraag: ['aangevraagd'],
  ontvangen: ['aangevraagd'],
  geweigerd: [],
};

export function vogTransitionError(from: VogStatus, to: VogStatus): string | null {
  if (VOG_TRANSITIONS[from].includes(to)) return null;
  if (VOG_TRANSITIONS[from].length === 0)
    return 'De VOG is geweigerd; daarna verandert er niets meer aan deze aanvraag.';
  return `Een VOG met status "${VOG_STATUS_LABELS[from]}" kan niet naar "${VOG_STATUS_LABELS[to]}".`;
}

export interface VogRules {
  /** Every other household member of 18 or older needs one too (not only the steunouders). */
  allAdults: boolean;
  /** A request without result is flagged after this many weeks. */
  requestWeeks: number;
  /** A VOG counts for a new match when issued at most this many months before the match starts. */
  newMatchMonths: number;
  /** An active volunteer renews the VOG every this many years. */
  renewYears: number;
}

export const DEFAULT_VOG_RULES: VogRules = { allAdults: true, requestWeeks: 8, newMatchMonths: 3, renewYears: 3 };

/** A steunouder always needs a VOG; another member of the household once 18, when the rule says so. */
export function needsVog(person: { role: string; birthDate: string }, on: string, rules: VogRules): boolean {
  if (person.role === 'ouder') return true;
  return rules.allAdults && on >= adultFrom(person.birthDate);
}

/** The day a person turns 18, the day they appear on the "VOG nodig" list; born on 29 February, 1 March. */
export function adultFrom(birthDate: string): string {
  const sameDay = addMonths(birthDate, 18 * 12);
  return ageOn(birthDate, sameDay) >= 18 ? sameDay : addDays(sameDay, 1);
}

export function validForNewMatch(issueDate: string, matchStart: string, rules: VogRules): boolean {
  return issueDate <= matchStart && issueDate >= addMonths(matchStart, -rules.newMatchMonths);
}

/** Until when an active volunteer's VOG holds: the renewal period after its date of issue. */
export function validUntil(issueDate: string, rules: VogRules): string {
  return addDays(addMonths(issueDate, 12 * rules.renewYears), -1);
}

/** Request the new one before this date, so it arrives in time (a request may take the set weeks). */
export function renewBefore(issueDate: string, rules: VogRules): string {
  return addDays(validUntil(issueDate, rules), -7 * rules.requestWeeks);
}

export function requestOverdue(requestedDate: string, on: string, rules: VogRules): boolean {
  return daysBetween(requestedDate, on) > 7 * rules.requestWeeks;
}
