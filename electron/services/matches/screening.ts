import type { EntityManager } from 'typeorm';
import { formatDate } from '../../../shared/domain/format';
import { needsVog, validForNewMatch, validUntil, type VogRules } from '../../../shared/domain/vog/status';
import { select, sql } from '../../db/sql';
import { vogRules } from '../vog/rules';

interface Volunteer {
  firstName: string;
  lastName: string;
  birthDate: string;
  role: string;
  status: string | null;
  issueDate: string | null;
}

/**
 * The VOG rule of a match: who in the steungezin lacks a valid VOG on `onDate`, as Dutch sentences
 * naming them. To start (the trial period) a VOG may be at most the set months old; to continue
 * (active) it must not have lapsed. A caller checking many matches passes the rules once.
 */
export async function screeningGaps(
  manager: EntityManager,
  supportFamilyId: number,
  onDate: string,
  purpose: 'start' | 'continue',
  rules?: VogRules,
): Promise<string[]> {
  const applied = rules ?? (await vogRules(manager));
  const people = await select<Volunteer>(
    manager,
    sql`SELECT "p"."firstName", "p"."lastName", "p"."birthDate", "p"."role", "v"."status", "v"."issueDate"
    FROM "person" "p" LEFT JOIN "vog" "v" ON "v"."personId" = "p"."id"
    WHERE "p"."familyId" = ${supportFamilyId} ORDER BY "p"."id"`,
  );
  return people
    .filter((person) => needsVog(person, onDate, applied))
    .flatMap((person) => {
      const gap = gapOf(person, onDate, purpose, applied);
      return gap ? [gap] : [];
    });
}

function gapOf(person: Volunteer, onDate: string, purpose: 'start' | 'continue', rules: VogRules): string | null {
  const name = `${person.firstName} ${person.lastName}`;
  if (!person.issueDate || person.status === 'geweigerd') return `${name} heeft nog geen geldige VOG.`;
  if (purpose === 'start' && !validForNewMatch(person.issueDate, onDate, rules)) {
    return `De VOG van ${name} is afgegeven op ${formatDate(person.issueDate)}; voor een nieuwe koppeling mag die hoogstens ${rules.newMatchMonths} maanden oud zijn.`;
  }
  const until = validUntil(person.issueDate, rules);
  return until < onDate ? `De VOG van ${name} is verlopen op ${formatDate(until)}.` : null;
}
