import type { EntityManager } from 'typeorm';
import type { OrganisationDto, OrganisationUpdate } from '../../../shared/api/organisation';
import { sellerGaps } from '../../../shared/domain/invoicing/organisation';
import { ORGANISATION_ID, OrganisationEntity, type Organisation } from '../../db/entities/Organisation';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { claimVersion } from '../errors';

export function loadOrganisation(manager: EntityManager): Promise<Organisation> {
  return manager.findOneByOrFail(OrganisationEntity, { id: ORGANISATION_ID });
}

export async function getOrganisation({ manager }: ServiceContext): Promise<OrganisationDto> {
  return toOrganisationDto(await loadOrganisation(manager));
}

export async function updateOrganisation(ctx: ServiceContext, input: OrganisationUpdate): Promise<OrganisationDto> {
  const { version, ...fields } = input;
  const organisation = await loadOrganisation(ctx.manager);
  await claimVersion(ctx, OrganisationEntity, organisation, version);
  Object.assign(organisation, fields, { updatedAt: timestamp(ctx.clock) });
  await ctx.manager.save(OrganisationEntity, organisation);
  return toOrganisationDto(organisation);
}

/** For the audit trail: the logo as "changed", never its bytes. */
export async function organisationAuditView(ctx: ServiceContext): Promise<object> {
  const { logoDataUrl, gaps, ...rest } = await getOrganisation(ctx);
  return { ...rest, logo: logoDataUrl ? `${Math.round(logoDataUrl.length / 1365)} kB` : null };
}

function toOrganisationDto(row: Organisation): OrganisationDto {
  const { createdAt, updatedAt, ...fields } = row;
  return { ...fields, gaps: sellerGaps(row) };
}
