import { In, type EntityManager } from 'typeorm';
import type { DuplicateCandidate, DuplicatesInput, FamilyDto, FamilyFields } from '../../../shared/api/families';
import { familyIssues } from '../../../shared/domain/families';
import { normalizeText } from '../../../shared/domain/text';
import { FamilyEntity, PersonEntity, type Family, type Person } from '../../db/entities/Family';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { DomainError, notFound } from '../errors';
import { DuplicateIndex } from './duplicates';
import { familyNameOf } from './family-sql';

/** Checks the family rules on today's date; issues are reported under `prefix` (e.g. `family.`). */
export function assertFamilyRules(family: FamilyFields, today: string, prefix: string): void {
  const issues = familyIssues(family.kind, family.people, today).map((issue) => ({
    ...issue,
    path: prefix + issue.path,
  }));
  if (issues.length > 0) throw new DomainError('VALIDATION', issues[0].message, issues);
}

export async function insertFamily(ctx: ServiceContext, fields: FamilyFields): Promise<number> {
  const { people, ...family } = fields;
  const now = timestamp(ctx.clock);
  const saved = await ctx.manager.save(FamilyEntity, { ...family, version: 1, createdAt: now, updatedAt: now });
  await ctx.manager.insert(
    PersonEntity,
    people.map(({ id: _ignored, ...person }) => ({ ...person, familyId: saved.id, ...personKeys(person) })),
  );
  return saved.id;
}

/**
 * The folded names the search and the duplicate check look up (the search's trigram index is built
 * on them). Folding can lengthen a name ("ß" is "ss"); the key keeps to its column's width.
 */
export function personKeys(person: { firstName: string; lastName: string }) {
  return {
    firstNameKey: normalizeText(person.firstName).slice(0, 60),
    lastNameKey: normalizeText(person.lastName).slice(0, 80),
  };
}

/** "Familie Jansen": after the first parent or other adult, else the first person. */
export function familyName(people: Pick<Person, 'lastName' | 'role'>[]): string {
  return familyNameOf((people.find((person) => person.role !== 'kind') ?? people[0])?.lastName);
}

export function address(
  family: Pick<Family, 'street' | 'houseNumber' | 'houseNumberAddition' | 'postcode' | 'place'>,
): string {
  const number = [family.houseNumber, family.houseNumberAddition].filter(Boolean).join('-');
  return `${family.street} ${number}, ${family.postcode} ${family.place}`;
}

export async function getFamily(manager: EntityManager, id: number): Promise<FamilyDto> {
  const family = await manager.findOne(FamilyEntity, { where: { id }, relations: { municipality: true } });
  if (!family) throw notFound('Dit gezin');
  const people = await manager.find(PersonEntity, { where: { familyId: id }, order: { id: 'ASC' } });
  return {
    id: family.id,
    kind: family.kind,
    name: familyName(people),
    street: family.street,
    houseNumber: family.houseNumber,
    houseNumberAddition: family.houseNumberAddition,
    postcode: family.postcode,
    place: family.place,
    phone: family.phone,
    email: family.email,
    municipality: family.municipality ? { id: family.municipality.id, name: family.municipality.name } : null,
    notes: family.notes,
    people: people.map(({ id: personId, firstName, lastName, birthDate, role }) => ({
      id: personId,
      firstName,
      lastName,
      birthDate,
      role,
    })),
    version: family.version,
  };
}

/** Known families the one being entered may be (see DuplicateIndex for the rule). */
export async function findDuplicateFamilies(
  manager: EntityManager,
  input: DuplicatesInput,
): Promise<DuplicateCandidate[]> {
  const index = await DuplicateIndex.load(manager, [input]);
  return describeCandidates(manager, index.match(input));
}

async function describeCandidates(
  manager: EntityManager,
  reasons: Map<number, Set<string>>,
): Promise<DuplicateCandidate[]> {
  if (reasons.size === 0) return [];
  const ids = [...reasons.keys()];
  const families = await manager.find(FamilyEntity, { where: { id: In(ids) }, order: { id: 'ASC' } });
  const people = await manager.find(PersonEntity, { where: { familyId: In(ids) }, order: { id: 'ASC' } });
  return families.map((family) => ({
    familyId: family.id,
    name: familyName(people.filter((p) => p.familyId === family.id)),
    address: address(family),
    kind: family.kind,
    reasons: [...reasons.get(family.id)!],
  }));
}
