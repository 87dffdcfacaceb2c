import pg from 'pg';

const INT8_OID = 20;

/**
 * PostgreSQL answers `bigint` (COUNT, SUM, bigint columns) as text, because it may exceed what a
 * JavaScript number holds exactly. Amounts are cents and counts are rows, far below 2^53: they are
 * decoded as numbers here, once, so the services see the same values on both engines.
 */
export function decodeBigintsAsNumbers(): void {
  pg.types.setTypeParser(INT8_OID, (text) => Number(text));
}
