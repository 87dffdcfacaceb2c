import type { EntityManager } from 'typeorm';
import { formatDate } from '../../../shared/domain/format';
import { needsVog, validForNewMatch, validUntil } from '../../../shared/domain/vog/status';
import { PersonEntity } from '../../db/entities/Family';
import { VogEntity } from '../../db/entities/Vog';
import { vogRules } from '../vog/rules';

/**
 * The VOG rule of a match: who in the steungezin lacks a valid VOG on `onDate`, as Dutch sentences
 * naming them. To start (the trial period) a VOG may be at most the set months old; to continue
 * (active) it must not have lapsed.
 */
export async function screeningGaps(manager: EntityManager, supportFamilyId: number, onDate: string, purpose: 'start' | 'continue'): Promise<string[]> {
  const rules = await vogRules(manager);
  const gaps: string[] = [];
  for (const person of await manager.find(PersonEntity, { where: { familyId: supportFamilyId }, order: { id: 'ASC' } })) {
    if (!needsVog(person, onDate, rules)) continue;
    const name = `${person.firstName} ${person.lastName}`;
    const vog = await manager.findOneBy(VogEntity, { personId: person.id });
    if (!vog?.issueDate || vog.status === 'geweigerd') {
      gaps.push(`${name} heeft nog geen geldige VOG.`);
    } else if (purpose === 'start' && !validForNewMatch(vog.issueDate, onDate, rules)) {
      gaps.push(`De VOG van ${name} is afgegeven op ${formatDate(vog.issueDate)}; voor een nieuwe koppeling mag die hoogstens ${rules.newMatchMonths} maanden oud zijn.`);
    } else if (validUntil(vog.issueDate, rules) < onDate) {
      gaps.push(`De VOG van ${name} is verlopen op ${formatDate(validUntil(vog.issueDate, rules))}.`);
    }
  }
  return gaps;
}
