import type { FieldIssue } from '../api/errors';
import { ageOn } from './dates';

export const FAMILY_KINDS = ['vraag', 'steun'] as const;
export type FamilyKind = (typeof FAMILY_KINDS)[number];
export const FAMILY_KIND_LABELS: Record<FamilyKind, string> = { vraag: 'Vraaggezin', steun: 'Steungezin' };

export const PERSON_ROLES = ['ouder', 'kind', 'overig'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  ouder: 'Ouder / verzorger',
  kind: 'Kind',
  overig: 'Andere volwassene',
};

/** Children up to and including 23 are Buurtgezinnen's target group. */
const MAX_CHILD_AGE = 23;

interface PersonFacts {
  role: PersonRole;
  birthDate: string;
}

/**
 * The rules a family must meet on a given day, as issues at the fields they concern: no birth dates
 * in the future, a vraaggezin needs a child of 0 to 23, a steungezin an adult.
 */
export function familyIssues(kind: FamilyKind, people: PersonFacts[], today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  people.forEach((person, index) => {
    if (person.birthDate > today) {
      issues.push({ path: `people.${index}.birthDate`, message: 'Een geboortedatum kan niet in de toekomst liggen.' });
    }
  });
  const ages = people.map((person) => ({ role: person.role, age: ageOn(person.birthDate, today) }));
  if (kind === 'vraag' && !ages.some((p) => p.role === 'kind' && p.age >= 0 && p.age <= MAX_CHILD_AGE)) {
    issues.push({ path: 'people', message: 'Een vraaggezin heeft minstens één kind van 0 tot en met 23 jaar.' });
  }
  if (kind === 'steun' && !ages.some((p) => p.role !== 'kind' && p.age >= 18)) {
    issues.push({ path: 'people', message: 'Een steungezin heeft minstens één volwassene (18 jaar of ouder).' });
  }
  return issues;
}
