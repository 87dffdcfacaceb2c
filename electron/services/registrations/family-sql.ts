import { normalizePostcode } from '../../../shared/domain/postcode';
import { normalizeText, prefixEnd } from '../../../shared/domain/text';
import { sql, type Sql } from '../../db/sql';

/**
 * The last name a family is known by: its first adult's (a child's only when there is no adult).
 * `familyId` is the column holding the family's id, e.g. raw('"m"."requestingFamilyId"').
 */
export function familyLastName(familyId: Sql): Sql {
  return sql`(SELECT "np"."lastName" FROM "person" "np" WHERE "np"."familyId" = ${familyId}
    ORDER BY CASE WHEN "np"."role" = 'kind' THEN 1 ELSE 0 END, "np"."id" LIMIT 1)`;
}

export function familyNameOf(lastName: string | null | undefined): string {
  return lastName ? `Familie ${lastName}` : 'Familie (zonder namen)';
}

/**
 * A condition that `familyId` (a column holding a family's id) belongs to a family found by the search:
 * a postcode (prefix) on the indexed postcode, otherwise a name prefix on the indexed, normalised keys.
 */
export function familySearchCondition(familyId: Sql, search: string): Sql {
  const postcode = normalizePostcode(search) ?? (/^\d{1,4}$/.test(search) ? search : null);
  if (postcode) {
    return sql`${familyId} IN (SELECT "sf"."id" FROM "family" "sf"
      WHERE "sf"."postcode" >= ${postcode} AND "sf"."postcode" < ${prefixEnd(postcode)})`;
  }
  const key = normalizeText(search).trim();
  const [from, to] = [key, prefixEnd(key)];
  return sql`${familyId} IN (SELECT "sp"."familyId" FROM "person" "sp"
    WHERE ("sp"."lastNameKey" >= ${from} AND "sp"."lastNameKey" < ${to})
      OR ("sp"."firstNameKey" >= ${from} AND "sp"."firstNameKey" < ${to}))`;
}
