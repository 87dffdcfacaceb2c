import type { EntityManager } from 'typeorm';
import type {
  ById,
  MunicipalityDto,
  MunicipalityFields,
  MunicipalityUpdate,
  SetActive,
} from '../../../shared/api/municipalities';
import { MunicipalityEntity, type Municipality } from '../../db/entities/Municipality';
import { raw, select, sql } from '../../db/sql';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { claimVersion, fieldError, notFound } from '../errors';
import { loadCoordinators } from './coordinators';

export async function listMunicipalities({ manager }: ServiceContext): Promise<MunicipalityDto[]> {
  // In order of entry on both engines: PostgreSQL would otherwise answer an edited row last.
  const rows = await manager.find(MunicipalityEntity, { relations: { coordinators: true }, order: { id: 'ASC' } });
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
  await claimVersion(ctx, MunicipalityEntity, municipality, version);
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
  await claimVersion(ctx, MunicipalityEntity, municipality, input.version);
  municipality.active = input.active;
  municipality.updatedAt = timestamp(ctx.clock);
  await ctx.manager.save(MunicipalityEntity, municipality);
  return getMunicipality(ctx, { id: input.id });
}

/**
 * Names are compared without case in TypeScript: SQLite's LOWER changes only A-Z while PostgreSQL's
 * also lowers "É", so the engines would disagree about "Élst" and "élst". There are a few hundred
 * municipalities at most, so reading their names costs nothing.
 */
async function assertNameFree(manager: EntityManager, name: string, exceptId?: number) {
  const except = exceptId === undefined ? raw('') : sql`WHERE "id" <> ${exceptId}`;
  const others = await select<{ name: string }>(manager, sql`SELECT "name" FROM "municipality" ${except}`);
  const key = nameKey(name);
  if (others.some((other) => nameKey(other.name) === key)) {
    throw fieldError('name', `Er bestaat al een gemeente met de naam "${name}".`, 'CONFLICT');
  }
}

function nameKey(name: string): string {
  return name.toLocaleLowerCase('nl');
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
