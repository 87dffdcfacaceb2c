import type { EntityManager } from 'typeorm';
import type { FamilyRefDto } from '../../../shared/api/matches';
import { ageOn } from '../../../shared/domain/dates';
import type { FamilyKind } from '../../../shared/domain/families';
import { FamilyEntity, PersonEntity } from '../../db/entities/Family';
import { fieldError } from '../errors';
import { address, familyName } from '../registrations/families';

/** A family as a match shows it: name, address, who signs (adults) and the children. */
export async function familyRef(manager: EntityManager, familyId: number, today: string): Promise<FamilyRefDto> {
  const family = await manager.findOneByOrFail(FamilyEntity, { id: familyId });
  const people = await manager.find(PersonEntity, { where: { familyId }, order: { id: 'ASC' } });
  const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
  return {
    id: family.id,
    name: familyName(people),
    address: address(family),
    adults: people
      .filter((p) => p.role !== 'kind' || ageOn(p.birthDate, today) >= 18)
      .map((p) => ({ id: p.id, name: fullName(p) })),
    children: people
      .filter((p) => p.role === 'kind')
      .map((p) => ({ id: p.id, name: fullName(p), birthDate: p.birthDate })),
  };
}

export async function assertFamilyOfKind(
  manager: EntityManager,
  familyId: number,
  kind: FamilyKind,
  path: string,
): Promise<void> {
  const family = await manager.findOneBy(FamilyEntity, { id: familyId });
  if (!family) throw fieldError(path, 'Kies een gezin uit de lijst.');
  if (family.kind !== kind) {
    throw fieldError(path, kind === 'vraag' ? 'Kies hier een vraaggezin.' : 'Kies hier een steungezin.');
  }
}
