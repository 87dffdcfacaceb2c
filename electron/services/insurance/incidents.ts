import type { IncidentDto, IncidentFields } from '../../../shared/api/insurance';
import { IncidentEntity } from '../../db/entities/Insurance';
import { MatchEntity } from '../../db/entities/Match';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import type { Desktop } from '../desktop';
import { claimVersion, fieldError, notFound } from '../errors';
import { keepFile, openKeptFile } from '../files';
import { FAMILY_LAST_NAME, familyNameOf } from '../registrations/family-sql';
import type { DataPaths } from '../settings/system';

export function listIncidents(ctx: ServiceContext): Promise<IncidentDto[]> {
  return queryIncidents(ctx, null);
}

/** All incidents, or the one with this id. */
async function queryIncidents(ctx: ServiceContext, id: number | null): Promise<IncidentDto[]> {
  const rows: (IncidentDto & {
    requestingName: string | null;
    supportName: string | null;
    insurer: string | null;
    policyNumber: string | null;
  })[] = await ctx.manager.query(
    `SELECT i.id, i.version, i.date, i.matchId, i.policyId, i.description, i.claimNumber, i.status, i.amountCents,
        (SELECT ${FAMILY_LAST_NAME} FROM family f WHERE f.id = m.requestingFamilyId) AS requestingName,
        (SELECT ${FAMILY_LAST_NAME} FROM family f WHERE f.id = m.supportFamilyId) AS supportName,
        p.insurer, p.policyNumber
      FROM insurance_incident i JOIN "match" m ON m.id = i.matchId LEFT JOIN insurance_policy p ON p.id = i.policyId
      ${id === null ? '' : 'WHERE i.id = ?'}
      ORDER BY i.date DESC, i.id DESC`,
    id === null ? [] : [id],
  );
  const documents: { id: number; incidentId: number; fileName: string; createdAt: string }[] = await ctx.manager.query(
    `SELECT id, incidentId, fileName, createdAt FROM insurance_incident_document ${id === null ? '' : 'WHERE incidentId = ?'} ORDER BY id`,
    id === null ? [] : [id],
  );
  return rows.map(({ requestingName, supportName, insurer, policyNumber, ...incident }) => ({
    ...incident,
    families: `${familyNameOf(requestingName)} – ${familyNameOf(supportName)}`,
    policy: insurer ? `${insurer} ${policyNumber}` : null,
    documents: documents.filter((d) => d.incidentId === incident.id).map(({ incidentId, ...d }) => d),
  }));
}

export async function createIncident(ctx: ServiceContext, input: IncidentFields): Promise<IncidentDto> {
  if (!(await ctx.manager.existsBy(MatchEntity, { id: input.matchId })))
    throw fieldError('matchId', 'Kies de koppeling uit de lijst.');
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
  claimVersion(incident, input.version);
  const { id, version, ...fields } = input;
  Object.assign(incident, fields, { updatedAt: timestamp(ctx.clock) });
  await ctx.manager.save(IncidentEntity, incident);
  return incidentView(ctx, incident.id);
}

export async function incidentView(ctx: ServiceContext, id: number): Promise<IncidentDto> {
  const [incident] = await queryIncidents(ctx, id);
  if (!incident) throw notFound('Dit incident');
  return incident;
}

/** A letter, photo or claim form that belongs to the incident, kept in the data folder. */
export async function attachIncidentDocument(
  ctx: ServiceContext,
  input: { id: number; version: number; fileName: string; content: string },
  paths: DataPaths,
): Promise<IncidentDto> {
  const incident = await ctx.manager.findOneBy(IncidentEntity, { id: input.id });
  if (!incident) throw notFound('Dit incident');
  claimVersion(incident, input.version);
  const file = keepFile(paths, `incident-${incident.id}`, input, 'scan');
  await ctx.manager.query(
    'INSERT INTO insurance_incident_document (incidentId, fileName, file, createdAt) VALUES (?, ?, ?, ?)',
    [incident.id, input.fileName.slice(0, 200), file, timestamp(ctx.clock)],
  );
  await ctx.manager.save(IncidentEntity, { ...incident, updatedAt: timestamp(ctx.clock) });
  return incidentView(ctx, incident.id);
}

export async function openIncidentDocument(
  ctx: ServiceContext,
  input: { id: number },
  paths: DataPaths,
  desktop: Desktop,
): Promise<{ id: number }> {
  const [document]: { file: string }[] = await ctx.manager.query(
    'SELECT file FROM insurance_incident_document WHERE id = ?',
    [input.id],
  );
  await openKeptFile(paths, document?.file ?? null, desktop);
  return { id: input.id };
}
