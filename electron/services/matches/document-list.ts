import type { EntityManager } from 'typeorm';
import type { MatchDocumentDto } from '../../../shared/api/matches';
import { select, sql } from '../../db/sql';

/** The documents of a match, newest first, with whether a signed scan is kept. */
export async function listMatchDocuments(manager: EntityManager, matchId: number): Promise<MatchDocumentDto[]> {
  const rows = await select<MatchDocumentDto & { scanFileId: number | null }>(
    manager,
    sql`SELECT "d"."id", "t"."kind", "t"."title", "t"."templateVersion", "d"."createdAt", "d"."status", "d"."signedDate",
      "d"."scanFileId", "d"."version"
    FROM "match_document" "d" JOIN "document_template" "t" ON "t"."id" = "d"."templateId"
    WHERE "d"."matchId" = ${matchId} ORDER BY "d"."id" DESC`,
  );
  return rows.map(({ scanFileId, ...row }) => ({ ...row, hasScan: scanFileId !== null }));
}
