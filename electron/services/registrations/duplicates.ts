import { distance } from 'fastest-levenshtein';
import { In, type EntityManager } from 'typeorm';
import type { DuplicatesInput } from '../../../shared/api/families';
import { formatPhone } from '../../../shared/api/fields';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { normalizePostcode } from '../../../shared/domain/postcode';
import { normalizeText } from '../../../shared/domain/text';
import { FamilyEntity } from '../../db/entities/Family';
import { inList, select, sql } from '../../db/sql';

const SAME_NAME_DISTANCE = 2;

/** A family as typed or stored, with what the duplicate check compares. */
interface KnownFamily {
  postcode: string;
  houseNumber: string;
  houseNumberAddition?: string | null;
  email?: string | null;
  phone?: string | null;
  people: DuplicatesInput['people'];
}

/** What the duplicate check asks about a family: its empty fields left out. */
export function duplicatesInputOf(family: KnownFamily): DuplicatesInput {
  return {
    postcode: family.postcode,
    houseNumber: family.houseNumber,
    houseNumberAddition: family.houseNumberAddition ?? undefined,
    email: family.email ?? undefined,
    phone: family.phone ?? undefined,
    people: family.people,
  };
}
const CHUNK = 500;

type Reasons = Map<number, Set<string>>;

/**
 * What may make a family one that is known already: the same address, e-mail or phone, or a
 * person with the same birth date and a near-identical name (at most two edits apart; such names
 * share the initial of the first or the last name, which keeps the lookup small). Loaded once for all the families to
 * check (one entered by hand, or a whole import file), then asked per family without queries.
 */
export class DuplicateIndex {
  private readonly addresses = new Map<string, number[]>();
  private readonly emails = new Map<string, number[]>();
  private readonly phones = new Map<string, number[]>();
  private readonly birthDates = new Map<string, { familyId: number; name: string }[]>();

  static async load(manager: EntityManager, queries: DuplicatesInput[]): Promise<DuplicateIndex> {
    const index = new DuplicateIndex();
    const postcodes = unique(queries.map((q) => normalizePostcode(q.postcode ?? '')));
    const emails = unique(queries.map((q) => normalizeEmail(q.email)));
    const phones = unique(queries.map((q) => safePhone(q.phone)));
    const namesBorn = unique(queries.flatMap((q) => q.people.map(birthAndInitials)));
    // Read by id, so that the first match (the one an import names) is the same on both engines.
    const families = (column: 'postcode' | 'email' | 'phone', values: string[]) =>
      inChunks(values, (chunk) =>
        manager.find(FamilyEntity, {
          select: { id: true, postcode: true, houseNumber: true, houseNumberAddition: true, email: true, phone: true },
          where: { [column]: In(chunk) },
          order: { id: 'ASC' },
        }),
      );
    for (const family of await families('postcode', postcodes)) {
      push(index.addresses, addressKey(family.postcode, family.houseNumber, family.houseNumberAddition), family.id);
    }
    for (const family of await families('email', emails)) push(index.emails, family.email!, family.id);
    for (const family of await families('phone', phones)) push(index.phones, family.phone!, family.id);
    // A whole file names most birth dates there are; the initials keep what is read small.
    const people = await inChunks(namesBorn, (chunk) => peopleBornOn(manager, chunk));
    for (const person of people)
      push(index.birthDates, person.birthDate, { familyId: person.familyId, name: person.name });
    return index;
  }

  /** The known families this one may be, each with the reasons why. */
  match(query: DuplicatesInput): Reasons {
    const reasons: Reasons = new Map();
    const add = (ids: number[] | undefined, reason: string) => {
      for (const id of ids ?? []) reasons.set(id, (reasons.get(id) ?? new Set()).add(reason));
    };
    const postcode = normalizePostcode(query.postcode ?? '');
    if (postcode && query.houseNumber?.trim()) {
      add(this.addresses.get(addressKey(postcode, query.houseNumber, query.houseNumberAddition)), 'zelfde adres');
    }
    const email = normalizeEmail(query.email);
    if (email) add(this.emails.get(email), 'zelfde e-mailadres');
    const phone = safePhone(query.phone);
    if (phone) add(this.phones.get(phone), 'zelfde telefoonnummer');
    for (const person of query.people) {
      if (!person.birthDate || !person.lastName) continue;
      const name = normalizeText(`${person.firstName ?? ''} ${person.lastName}`);
      const similar = (this.birthDates.get(person.birthDate) ?? []).filter(
        (p) => distance(p.name, name) <= SAME_NAME_DISTANCE,
      );
      add(
        similar.map((p) => p.familyId),
        'vrijwel dezelfde naam en geboortedatum',
      );
    }
    return reasons;
  }

  /** Makes a family just added findable for the rows after it (duplicates within one file). */
  remember(familyId: number, query: DuplicatesInput): void {
    const postcode = normalizePostcode(query.postcode ?? '');
    if (postcode && query.houseNumber)
      push(this.addresses, addressKey(postcode, query.houseNumber, query.houseNumberAddition), familyId);
    const email = normalizeEmail(query.email);
    if (email) push(this.emails, email, familyId);
    const phone = safePhone(query.phone);
    if (phone) push(this.phones, phone, familyId);
    for (const person of query.people) {
      if (person.birthDate && person.lastName) {
        push(this.birthDates, person.birthDate, {
          familyId,
          name: normalizeText(`${person.firstName ?? ''} ${person.lastName}`),
        });
      }
    }
  }
}

/** People born on the dates of `keys` (`birthDate|initial`) whose first or last name starts with that initial. */
function peopleBornOn(manager: EntityManager, keys: string[]) {
  const dates = [...new Set(keys.map((key) => key.slice(0, 10)))];
  return select<{ familyId: number; birthDate: string; name: string }>(
    manager,
    sql`SELECT "familyId", "birthDate", "firstNameKey" || ' ' || "lastNameKey" AS "name" FROM "person"
    WHERE "birthDate" ${inList(dates)}
      AND ("birthDate" || '|' || substr("firstNameKey", 1, 1) ${inList(keys)}
        OR "birthDate" || '|' || substr("lastNameKey", 1, 1) ${inList(keys)})
    ORDER BY "id"`,
  );
}

/** `1988-04-02|m` and `1988-04-02|j` for Marieke Jansen: what a near-identical name must share. */
function birthAndInitials(person: { firstName?: string; lastName?: string; birthDate?: string }): string[] {
  if (!person.birthDate || !isValidIsoDate(person.birthDate) || !person.lastName) return [];
  const initials = [normalizeText(person.firstName ?? '').charAt(0), normalizeText(person.lastName).charAt(0)];
  return initials.filter(Boolean).map((initial) => `${person.birthDate}|${initial}`);
}

function addressKey(postcode: string, houseNumber: string, addition: string | null | undefined): string {
  return `${postcode}|${houseNumber.trim()}|${(addition ?? '').trim().toLowerCase()}`;
}

function normalizeEmail(value: string | undefined): string | null {
  return value?.trim() ? value.trim().toLowerCase() : null;
}

function safePhone(value: string | undefined): string | null {
  try {
    return value?.trim() ? formatPhone(value) : null;
  } catch {
    return null;
  }
}

function unique(values: (string | null | string[])[]): string[] {
  return [...new Set(values.flat().filter((value): value is string => value !== null))];
}

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function inChunks<T>(values: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < values.length; i += CHUNK) results.push(...(await load(values.slice(i, i + CHUNK))));
  return results;
}
