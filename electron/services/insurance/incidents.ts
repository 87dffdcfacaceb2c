import type { IncidentDto, IncidentFields } from '../../../shared/api/insurance';
import { IncidentDocumentEntity } from '../../db/entities/IncidentDocument';
import { IncidentEntity, InsurancePolicyEntity } from '../../db/entities/Insurance';
import { MatchEntity } from '../../db/entities/Match';
import { raw, select, sql } from '../../db/sql';
import { openAttachment, storeAttachment } from '../attachments';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import type { Desktop } from '../desktop';
import { claimVersion, notFound } from '../errors';
import { assertExisting } from '../references';
import { familyLastName, familyNameOf } from '../registrations/family-sql';
import type { DataPaths } from '../settings/system';

export function listIncidents(ctx: ServiceContext): Promise<IncidentDto[]> {
  return queryIncidents(ctx, null);
}

/** All incidents, or the one with this id. */
async function queryIncidents(ctx: ServiceContext, id: number | null): Promise<IncidentDto[]> {
  const rows = await select<
    Omit<IncidentDto, 'families' | 'policy' | 'documents'> & {
      requestingName: string | null;
      supportName: string | null;
      insurer: string | null;
      policyNumber: string | null;
    }
  >(
    ctx.manager,
    sql`SELECT "i"."id", "i"."version", "i"."date", "i"."matchId", "i"."policyId", "i"."description", "i"."claimNumber",
        "i"."status", "i"."amountCents",
        ${familyLastName(raw('"m"."requestingFamilyId"'))} AS "requestingName",
        ${familyLastName(raw('"m"."supportFamilyId"'))} AS "supportName",
        "p"."insurer", "p"."policyNumber"
      FROM "insurance_incident" "i" JOIN "match" "m" ON "m"."id" = "i"."matchId"
      LEFT JOIN "insurance_policy" "p" ON "p"."id" = "i"."policyId"
      ${id === null ? raw('') : sql`WHERE "i"."id" = ${id}`}
      ORDER BY "i"."date" DESC, "i"."id" DESC`,
  );
  const documents = await ctx.manager.find(IncidentDocumentEntity, {
    select: { id: true, incidentId: true, fileName: true, createdAt: true },
    where: id === null ? {} : { incidentId: id },
    order: { id: 'ASC' },
  });
  return rows.map(({ requestingName, supportName, insurer, policyNumber, ...incident }) => ({
    ...incident,
    families: `${familyNameOf(requestingName)} – ${familyNameOf(supportName)}`,
    policy: insurer ? `${insurer} ${policyNumber}` : null,
    documents: documents.filter((d) => d.incidentId === incident.id).map(({ incidentId, ...d }) => d),
  }));
}

export async function createIncident(ctx: ServiceContext, input: IncidentFields): Promise<IncidentDto> {
  await assertReferencesExist(ctx, input);
  const now = timestamp(ctx.clock);
  const saved = await ctx.manager.save(IncidentEntity, { ...input, version: 1, createdAt: now, updatedAt: now });
  return incidentView(ctx, saved.id);
}

export async function updateIncident(
  ctx: ServiceContext,
  input: IncidentFields & { id: number; version: number },
): Promise<IncidentDto> {
  const incident = await ctx.manager.findOneBy(IncidentEntity, { id: input.id });
  if (!incident) throw notFound('Dit incident');
  await claimVersion(ctx, IncidentEntity, incident, input.version);
  await assertReferencesExist(ctx, input);
  const { id, version, ...fields } = input;
  Object.assign(incident, fields, { updatedAt: timestamp(ctx.clock) });
  await ctx.manager.save(IncidentEntity, incident);
  return incidentView(ctx, incident.id);
}

/** The match and the policy the incident names exist (a colleague may have just removed one). */
async function assertReferencesExist(ctx: ServiceContext, input: IncidentFields): Promise<void> {
  await assertExisting(ctx.manager, MatchEntity, input.matchId, 'matchId', 'Kies de koppeling uit de lijst.');
  await assertExisting(
    ctx.manager,
    InsurancePolicyEntity,
    input.policyId,
    'policyId',
    'Deze polis bestaat niet (meer). Kies opnieuw.',
  );
}

export async function incidentView(ctx: ServiceContext, id: number): Promise<IncidentDto> {
  const [incident] = await queryIncidents(ctx, id);
  if (!incident) throw notFound('Dit incident');
  return incident;
}

/** A letter, photo or claim form that belongs to the incident, kept in the database. */
export async function attachIncidentDocument(
  ctx: ServiceContext,
  input: { id: number; version: number; fileName: string; content: string },
): Promise<IncidentDto> {
  const incident = await ctx.manager.findOneBy(IncidentEntity, { id: input.id });
  if (!incident) throw notFound('Dit incident');
  await claimVersion(ctx, IncidentEntity, incident, input.version);
  const fileId = await storeAttachment(ctx, input, 'scan');
  await ctx.manager.insert(IncidentDocumentEntity, {
    incidentId: incident.id,
    fileName: input.fileName.slice(0, 200),
    fileId,
    createdAt: timestamp(ctx.clock),
  });
  await ctx.manager.save(IncidentEntity, { ...incident, updatedAt: timestamp(ctx.clock) });
  return incidentView(ctx, incident.id);
}

export async function openIncidentDocument(
  ctx: ServiceContext,
  input: { id: number },
  paths: DataPaths,
  desktop: Desktop,
): Promise<{ id: number }> {
  const document = await ctx.manager.findOneBy(IncidentDocumentEntity, { id: input.id });
  await openAttachment(ctx.manager, document?.fileId ?? null, paths, desktop);
  return { id: input.id };
}
