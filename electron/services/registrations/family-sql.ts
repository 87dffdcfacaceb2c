import { nameSearchWords } from '../../../shared/domain/names';
import { normalizePostcode } from '../../../shared/domain/postcode';
import { prefixEnd } from '../../../shared/domain/text';
import { join, perEngine, sql, type Sql } from '../../db/sql';
import { contains, type ListColumn } from '../export/list-sql';

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

/** Trigram indexes (SQLite FTS5's, PostgreSQL's pg_trgm) find only words of three letters or more. */
const TRIGRAM = 3;

/**
 * A condition that `familyId` (a column holding a family's id) belongs to a family found by the
 * search (see `familiesFound`). On PostgreSQL the form picks the plan: when other conditions already
 * narrow the rows to a part an index holds with their family (`narrowed`: the queue's statuses), it
 * reads that part and keeps the rows of the found families (`IN`, a hash join); otherwise it gets
 * the found ids as one array and looks each up in the index on `familyId`, where for `IN` it would
 * hash every row of the table. SQLite's planner makes that choice itself.
 */
export function familySearchCondition(familyId: Sql, search: string, narrowed = false): Sql {
  const found = familiesFound(search);
  if (!found) return sql`1 = 1`;
  return perEngine({
    sqlite: sql`${familyId} IN (${found})`,
    postgres: narrowed ? sql`${familyId} IN (${found})` : sql`${familyId} = ANY (ARRAY(${found}))`,
  });
}

/**
 * The ids (as "id") of the families a search finds: a postcode (prefix) on the indexed postcode,
 * otherwise every word of the search (see `nameSearchWords`: folded, tussenvoegsels left out)
 * somewhere in a name of the family's people, not necessarily the same person's ("anna jansen" finds
 * Anna and Kees Jansen). Null when the search holds nothing to look for.
 */
export function familiesFound(search: string): Sql | null {
  const postcode = normalizePostcode(search) ?? (/^\d{1,4}$/.test(search) ? search : null);
  if (postcode) {
    return sql`SELECT "sf"."id" FROM "family" "sf"
      WHERE "sf"."postcode" >= ${postcode} AND "sf"."postcode" < ${prefixEnd(postcode)}`;
  }
  const words = nameSearchWords(search);
  return words.length === 0 ? null : join(words.map(familiesNamed), ' INTERSECT ');
}

/**
 * The ids of families with a person whose folded full name holds `word` anywhere, through the
 * engine's own trigram index on a row per family holding all its people's names (see the
 * migrations that made them): on SQLite an FTS5 table whose rowid is the family's id, searched for
 * the word as a phrase; on PostgreSQL pg_trgm's index on a table of the same name. A shorter word,
 * which no trigram index can answer, is looked up as the start of a first or last name on the keys'
 * own indexes. Words hold no quote, space or LIKE wildcard (`nameSearchWords`), so a match never
 * spans two people.
 */
function familiesNamed(word: string): Sql {
  if ([...word].length >= TRIGRAM) {
    return perEngine({
      sqlite: sql`SELECT "fs"."rowid" AS "id" FROM "family_search" "fs" WHERE "fs"."nameKey" MATCH ${`"${word}"`}`,
      postgres: sql`SELECT "fs"."familyId" AS "id" FROM "family_search" "fs" WHERE "fs"."nameKey" LIKE ${`%${word}%`}`,
    });
  }
  const [from, to] = [word, prefixEnd(word)];
  return sql`SELECT DISTINCT "sp"."familyId" AS "id" FROM "person" "sp"
    WHERE ("sp"."lastNameKey" >= ${from} AND "sp"."lastNameKey" < ${to})
      OR ("sp"."firstNameKey" >= ${from} AND "sp"."firstNameKey" < ${to})`;
}

/**
 * The columns every list of families shows the same way (queue, Gezinnen): the family's name,
 * searched as the search box searches, and where it lives, over `"f"` (the family) and `"m"` (its
 * municipality).
 */
export function familyColumns(familyId: Sql): Record<'name' | 'postcode' | 'place' | 'municipality', ListColumn> {
  return {
    name: { sort: familyLastName(familyId), text: true, filter: (value) => familySearchCondition(familyId, value) },
    postcode: {
      sort: sql`"f"."postcode"`,
      filter: (value) => contains(sql`REPLACE("f"."postcode", ' ', '')`)(value.replace(/\s/g, '')),
    },
    place: { sort: sql`"f"."place"`, text: true, filter: contains(sql`"f"."place"`) },
    municipality: {
      sort: sql`"m"."name"`,
      text: true,
      filter: contains(sql`COALESCE("m"."name", 'Buiten werkgebied')`),
    },
  };
}
