import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type {
  CoordinatorDto,
  CoordinatorFields,
  CoordinatorUpdate,
  SetActive,
} from '../../../shared/api/municipalities';
import { CoordinatorEntity, type Coordinator } from '../../db/entities/Coordinator';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { claimVersion, fieldError, notFound } from '../errors';

export async function listCoordinators({ manager }: ServiceContext): Promise<CoordinatorDto[]> {
  // In order of entry on both engines: PostgreSQL would otherwise answer an edited row last.
  const rows = await manager.find(CoordinatorEntity, { relations: { municipalities: true }, order: { id: 'ASC' } });
  return rows.map(toCoordinatorDto);
}

export async function createCoordinator(ctx: ServiceContext, input: CoordinatorFields): Promise<CoordinatorDto> {
  const now = timestamp(ctx.clock);
  const saved = await ctx.manager.save(CoordinatorEntity, {
    ...input,
    active: true,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  return getCoordinator(ctx.manager, saved.id);
}

export async function updateCoordinator(ctx: ServiceContext, input: CoordinatorUpdate): Promise<CoordinatorDto> {
  const { id, version, ...fields } = input;
  const coordinator = await findCoordinator(ctx.manager, id);
  await claimVersion(ctx, CoordinatorEntity, coordinator, version);
  Object.assign(coordinator, fields, { updatedAt: timestamp(ctx.clock) });
  await ctx.manager.save(CoordinatorEntity, coordinator);
  return getCoordinator(ctx.manager, id);
}

export async function setCoordinatorActive(ctx: ServiceContext, input: SetActive): Promise<CoordinatorDto> {
  const coordinator = await findCoordinator(ctx.manager, input.id);
  await claimVersion(ctx, CoordinatorEntity, coordinator, input.version);
  coordinator.active = input.active;
  coordinator.updatedAt = timestamp(ctx.clock);
  await ctx.manager.save(CoordinatorEntity, coordinator);
  return getCoordinator(ctx.manager, input.id);
}

/** The coordinators chosen on a form, all of which must still exist. */
export async function loadCoordinators(manager: EntityManager, ids: number[]): Promise<Coordinator[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await manager.findBy(CoordinatorEntity, { id: In(unique) });
  if (found.length !== unique.length) {
    throw fieldError('coordinatorIds', 'Een gekozen coördinator bestaat niet meer. Kies opnieuw.');
  }
  return found;
}

async function findCoordinator(manager: EntityManager, id: number): Promise<Coordinator> {
  const coordinator = await manager.findOneBy(CoordinatorEntity, { id });
  if (!coordinator) throw notFound('Deze coördinator');
  return coordinator;
}

export async function getCoordinator(manager: EntityManager, id: number): Promise<CoordinatorDto> {
  const coordinator = await manager.findOne(CoordinatorEntity, { where: { id }, relations: { municipalities: true } });
  if (!coordinator) throw notFound('Deze coördinator');
  return toCoordinatorDto(coordinator);
}

function toCoordinatorDto(row: Coordinator): CoordinatorDto {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    active: row.active,
    municipalities: (row.municipalities ?? [])
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
