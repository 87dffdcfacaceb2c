import type { IncidentDto, IncidentFields } from '../../../shared/api/insurance';
import { IncidentEntity } from '../../db/entities/Insurance';
import { MatchEntity } from '../../db/entities/Match';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { claimVersion, fieldError, notFound } from '../errors';
import { FAMILY_LAST_NAME, familyNameOf } from '../registrations/family-sql';

export async function listIncidents(ctx: ServiceContext): Promise<IncidentDto[]> {
  const rows: (IncidentDto & { requestingName: string | null; supportName: string | null; insurer: string | null; policyNumber: string | null })[] =
    await ctx.manager.query(
      `SELECT i.id, i.version, i.date, i.matchId, i.policyId, i.description, i.claimNumber, i.status, i.amountCents,
        (SELECT ${FAMILY_LAST_NAME} FROM family f WHERE f.id = m.requestingFamilyId) AS requestingName,
        (SELECT ${FAMILY_LAST_NAME} FROM family f WHERE f.id = m.supportFamilyId) AS supportName,
        p.insurer, p.policyNumber
      FROM insurance_incident i JOIN "match" m ON m.id = i.matchId LEFT JOIN insurance_policy p ON p.id = i.policyId
      ORDER BY i.date DESC, i.id DESC`,
    );
  return rows.map(({ requestingName, supportName, insurer, policyNumber, ...incident }) => ({
    ...incident,
    families: `${familyNameOf(requestingName)} – ${familyNameOf(supportName)}`,
    policy: insurer ? `${insurer} ${policyNumber}` : null,
  }));
}

export async function createIncident(ctx: ServiceContext, input: IncidentFields): Promise<IncidentDto> {
  if (!(await ctx.manager.existsBy(MatchEntity, { id: input.matchId }))) throw fieldError('matchId', 'Kies de koppeling uit de lijst.');
  const now = timestamp(ctx.clock);
  const saved = await ctx.manager.save(IncidentEntity, { ...input, version: 1, createdAt: now, updatedAt: now });
  return incidentView(ctx, saved.id);
}

export async function updateIncident(ctx: ServiceContext, input: IncidentFields & { id: number; version: number }): Promise<IncidentDto> {
  const incident = await ctx.manager.findOneBy(IncidentEntity, { id: input.id });
  if (!incident) throw notFound('Dit incident');
  claimVersion(incident, input.version);
  const { id, version, ...fields } = input;
  Object.assign(incident, fields, { updatedAt: timestamp(ctx.clock) });
  await ctx.manager.save(IncidentEntity, incident);
  return incidentView(ctx, incident.id);
}

export async function incidentView(ctx: ServiceContext, id: number): Promise<IncidentDto> {
  const incident = (await listIncidents(ctx)).find((i) => i.id === id);
  if (!incident) throw notFound('Dit incident');
  return incident;
}
