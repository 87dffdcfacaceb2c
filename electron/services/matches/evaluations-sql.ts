import { sql } from '../../db/sql';

/**
 * The sequences of the evaluations a match ("m") has held, as one text ("0,2"), for lists that show
 * what is still due. PostgreSQL's string_agg takes text only, hence the cast (harmless on SQLite).
 */
export const HELD_SEQUENCES = sql`(SELECT string_agg(CAST("e"."sequence" AS TEXT), ',')
  FROM "match_evaluation" "e" WHERE "e"."matchId" = "m"."id")`;

export function heldSequences(held: string | null): Set<number> {
  return new Set((held ? held.split(',') : []).map(Number));
}
