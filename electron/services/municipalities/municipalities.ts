import type { EntityManager } from 'typeorm';
import type {
  ById,
  MunicipalityDto,
  MunicipalityFields,
  MunicipalityUpdate,
  SetActive,
} from '../../../shared/api/municipalities';
import { MunicipalityEntity, type Municipality } from '../../db/entities/Municipality';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { claimVersion, fieldError, notFound } from '../errors';
import { loadCoordinators } from './coordinators';

export async function listMunicipalities({ manager }: ServiceContext): Promise<MunicipalityDto[]> {
  const rows = await manager.find(MunicipalityEntity, { relations: { coordinators: true } });
  return rows.map(toMunicipalityDto);
}

export async function getMunicipality({ manager }: ServiceContext, input: ById): Promise<MunicipalityDto> {
  return toMunicipalityDto(await findMunicipality(manager, input.id));
}

export async function createMunicipality(ctx: ServiceContext, input: MunicipalityFields): Promise<MunicipalityDto> {
  const { coordinatorIds, ...fields } = input;
  await assertNameFree(ctx.manager, fields.name);
  const now = timestamp(ctx.clock);
  const saved = await ctx.manager.save(MunicipalityEntity, {
    ...fields,
    coordinators: await loadCoordinators(ctx.manager, coordinatorIds),
    active: true,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  return getMunicipality(ctx, { id: saved.id });
}

export async function updateMunicipality(ctx: ServiceContext, input: MunicipalityUpdate): Promise<MunicipalityDto> {
  const { id, version, coordinatorIds, ...fields } = input;
  const municipality = await findMunicipality(ctx.manager, id);
  claimVersion(municipality, version);
  await assertNameFree(ctx.manager, fields.name, id);
  Object.assign(municipality, fields, {
    coordinators: await loadCoordinators(ctx.manager, coordinatorIds),
    updatedAt: timestamp(ctx.clock),
  });
  await ctx.manager.save(MunicipalityEntity, municipality);
  return getMunicipality(ctx, { id });
}

/** Deactivating keeps the municipality and its history; it only leaves the daily lists. */
export async function setMunicipalityActive(ctx: ServiceContext, input: SetActive): Promise<MunicipalityDto> {
  const municipality = await findMunicipality(ctx.manager, input.id);
  claimVersion(municipality, input.version);
  municipality.active = input.active;
  municipality.updatedAt = timestamp(ctx.clock);
  await ctx.manager.save(MunicipalityEntity, municipality);
  return getMunicipality(ctx, { id: input.id });
}

async function assertNameFree(manager: EntityManager, name: string, exceptId?: number) {
  const query = manager
    .createQueryBuilder(MunicipalityEntity, 'municipality')
    .where('LOWER(municipality.name) = LOWER(:name)', { name });
  if (exceptId !== undefined) query.andWhere('municipality.id <> :exceptId', { exceptId });
  if (await query.getExists()) {
    throw fieldError('name', `Er bestaat al een gemeente met de naam "${name}".`, 'CONFLICT');
  }
}

async function findMunicipality(manager: EntityManager, id: number): Promise<Municipality> {
  const municipality = await manager.findOne(MunicipalityEntity, { where: { id }, relations: { coordinators: true } });
  if (!municipality) throw notFound('Deze gemeente');
  return municipality;
}

function toMunicipalityDto(row: Municipality): MunicipalityDto {
  return {
    id: row.id,
    name: row.name,
    province: row.province as MunicipalityDto['province'],
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    active: row.active,
    postcodeRanges: row.postcodeRanges,
    places: row.places,
    coordinators: (row.coordinators ?? [])
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
