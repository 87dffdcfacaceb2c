import type { FileDto } from '../../../shared/api/invoices';
import { selectOne, sql } from '../../db/sql';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { familyLastName, familyNameOf } from '../registrations/family-sql';
import { PERSONAL_DATA } from './registry';
import { familyScope } from './scope';

/** Only beheer reads the inzagelog (the server's grants say so too); others export without it. */
const READ_BY_BEHEER_ONLY = new Set(['access_log']);

export interface AccessExport {
  family: { id: number; name: string };
  madeAt: string;
  madeBy: string;
  /** Per table, every row about the family as stored; attachments' bytes in base64. */
  records: Record<string, Record<string, unknown>[]>;
  /** What this export could not include, and why. */
  notIncluded: string[];
}

/**
 * What the foundation holds about one family (inzage, art. 15 AVG, and portability, art. 20): every
 * row of every table its areas register as personal data, gathered in one transaction.
 */
export async function familyAccessExport(ctx: ServiceContext, input: { id: number }): Promise<AccessExport> {
  const named = await selectOne<{ lastName: string | null }>(
    ctx.manager,
    sql`SELECT ${familyLastName(sql`${input.id}`)} AS "lastName" FROM "family" WHERE "id" = ${input.id}`,
  );
  if (!named) throw notFound('Dit gezin');
  const scope = await familyScope(ctx.manager, input.id);
  const records: AccessExport['records'] = {};
  const notIncluded: string[] = [];
  for (const [table, data] of Object.entries(PERSONAL_DATA)) {
    if (READ_BY_BEHEER_ONLY.has(table) && !ctx.roles.includes('beheer')) {
      notIncluded.push('Het inzagelog (wie het dossier opende): op te vragen bij Beheer.');
      continue;
    }
    records[table] = (await data.rows(ctx.manager, scope)).map(readable);
  }
  return {
    family: { id: input.id, name: familyNameOf(named.lastName) },
    madeAt: timestamp(ctx.clock),
    madeBy: ctx.actorName,
    records,
    notIncluded,
  };
}

/** The export as a file for the person who asked: JSON (as text), machine-readable. */
export async function familyAccessFile(ctx: ServiceContext, input: { id: number }): Promise<FileDto> {
  const data = await familyAccessExport(ctx, input);
  return { fileName: accessFileName(data, 'json'), content: JSON.stringify(data, null, 2) };
}

/** The same name for both forms of one request, so the person gets a pair. */
export function accessFileName(data: AccessExport, extension: 'json' | 'pdf'): string {
  return `inzage-gezin-${data.family.id}-${data.madeAt.slice(0, 10)}.${extension}`;
}

/** Bytes (a scan) as base64, so the file stays plain JSON. */
function readable(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, Buffer.isBuffer(value) ? value.toString('base64') : value]),
  );
}
