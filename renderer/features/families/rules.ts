import { familyIssues, type FamilyKind, type PersonRole } from '../../../shared/domain/families';

/**
 * The family rules on `today` as form errors at `prefix` (`''` or `'family.'`): the same rule the
 * main process applies, checked once every birth date is a full date.
 */
export function familyRuleErrors(
  kind: FamilyKind,
  people: { role: PersonRole; birthDate: string }[],
  prefix: string,
  today: string,
): Record<string, string> {
  if (!people.every((person) => /^\d{4}-\d{2}-\d{2}$/.test(person.birthDate))) return {};
  const issues = familyIssues(kind, people, today);
  return Object.fromEntries(issues.map((issue) => [`${prefix}${issue.path}`, issue.message]));
}
