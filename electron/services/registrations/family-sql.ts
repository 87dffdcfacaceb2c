import { normalizePostcode } from '../../../shared/domain/postcode';
import { normalizeText, prefixEnd } from '../../../shared/domain/text';

/** The last name a family is known by: its first adult's (a child's only when there is no adult); `f` is the family. */
export const FAMILY_LAST_NAME = `(SELECT p.lastName FROM person p WHERE p.familyId = f.id
  ORDER BY CASE WHEN p.role = 'kind' THEN 1 ELSE 0 END, p.id LIMIT 1)`;

export function familyNameOf(lastName: string | null | undefined): string {
  return lastName ? `Familie ${lastName}` : 'Familie (zonder namen)';
}

/**
 * A condition that `familyId` (a column holding a family's id) belongs to a family found by the search:
 * a postcode (prefix) on the indexed postcode, otherwise a name prefix on the indexed, normalised keys.
 */
export function familySearchCondition(
  familyId: string,
  search: string,
): { sql: string; params: Record<string, string> } {
  const postcode = normalizePostcode(search) ?? (/^\d{1,4}$/.test(search) ? search : null);
  if (postcode) {
    return {
      sql: `${familyId} IN (SELECT pf.id FROM family pf WHERE pf.postcode >= :searchFrom AND pf.postcode < :searchTo)`,
      params: { searchFrom: postcode, searchTo: prefixEnd(postcode) },
    };
  }
  const key = normalizeText(search).trim();
  return {
    sql: `${familyId} IN (SELECT p.familyId FROM person p WHERE (p.lastNameKey >= :searchFrom AND p.lastNameKey < :searchTo)
      OR (p.firstNameKey >= :searchFrom AND p.firstNameKey < :searchTo))`,
    params: { searchFrom: key, searchTo: prefixEnd(key) },
  };
}
