import type { EntityManager } from 'typeorm';
import type {
  ContractDto,
  ContractFields,
  ContractPreviewDto,
  ContractPreviewInput,
  ContractUpdate,
  InstalmentChange,
  InstalmentDto,
} from '../../../shared/api/contracts';
import { formatDate, formatMoney } from '../../../shared/domain/format';
import { replanInstalments, type ScheduledInstalment } from '../../../shared/domain/invoicing/replan';
import { planInstalments, ScheduleError, type ScheduleInput } from '../../../shared/domain/invoicing/schedule';
import { ContractEntity, type Contract } from '../../db/entities/Contract';
import { MunicipalityEntity } from '../../db/entities/Municipality';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { claimVersion, fieldError, notFound } from '../errors';
import { loadInstalments, storeSchedule, toScheduled, type StoredInstalment } from './instalments';

export async function listContracts(
  { manager }: ServiceContext,
  input: { municipalityId: number | null },
): Promise<ContractDto[]> {
  const rows = await manager.find(ContractEntity, {
    where: input.municipalityId === null ? {} : { municipalityId: input.municipalityId },
    relations: { municipality: true },
    order: { startDate: 'DESC', id: 'DESC' },
  });
  const instalments = await loadInstalments(
    manager,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toContractDto(row, instalments.get(row.id)!));
}

export async function getContract({ manager }: ServiceContext, input: { id: number }): Promise<ContractDto> {
  const row = await findContract(manager, input.id);
  return toContractDto(row, (await loadInstalments(manager, [row.id])).get(row.id)!);
}

export async function previewContract(
  { manager }: ServiceContext,
  input: ContractPreviewInput,
): Promise<ContractPreviewDto> {
  const current = input.id === undefined ? [] : ((await loadInstalments(manager, [input.id])).get(input.id) ?? []);
  const schedule = newSchedule(input, current);
  return {
    instalments: withInvoices(schedule, current),
    changes: input.id === undefined ? [] : scheduleChanges(current, schedule),
  };
}

export async function createContract(ctx: ServiceContext, input: ContractFields): Promise<ContractDto> {
  await assertMunicipality(ctx.manager, input.municipalityId);
  const schedule = newSchedule(input, []);
  const now = timestamp(ctx.clock);
  const saved = await ctx.manager.save(ContractEntity, {
    ...contractColumns(input),
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  await storeSchedule(ctx.manager, saved.id, [], schedule);
  return getContract(ctx, { id: saved.id });
}

/** Invoices already made never change; the open instalments follow the new terms. */
export async function updateContract(ctx: ServiceContext, input: ContractUpdate): Promise<ContractDto> {
  const contract = await findContract(ctx.manager, input.id);
  await claimVersion(ctx, ContractEntity, contract, input.version);
  await assertMunicipality(ctx.manager, input.municipalityId);
  const current = (await loadInstalments(ctx.manager, [contract.id])).get(contract.id)!;
  if (input.municipalityId !== contract.municipalityId && current.some((i) => i.invoice !== null)) {
    throw fieldError('municipalityId', 'Er zijn al facturen voor deze opdracht; de gemeente kan niet meer veranderen.');
  }
  const schedule = newSchedule(input, current);
  Object.assign(contract, contractColumns(input), { updatedAt: timestamp(ctx.clock) });
  delete contract.municipality;
  await ctx.manager.save(ContractEntity, contract);
  await storeSchedule(ctx.manager, contract.id, current, schedule);
  return getContract(ctx, { id: contract.id });
}

/** For the audit trail: the contract with its schedule as one line in the user's notation. */
export async function contractAuditView(ctx: ServiceContext, id: number): Promise<object> {
  const { instalments, invoicedCents, municipalityId, ...contract } = await getContract(ctx, { id });
  return {
    ...contract,
    instalments: instalments
      .map((i) => `${i.sequence}: ${formatDate(i.invoiceDate)} ${formatMoney(i.amountCents)}`)
      .join('; '),
  };
}

function newSchedule(input: ContractFields, current: StoredInstalment[]): ScheduledInstalment[] {
  try {
    const plan = planInstalments(input, scheduleInput(input));
    return replanInstalments(toScheduled(current), plan, input.amountCents);
  } catch (error) {
    if (error instanceof ScheduleError) throw fieldError('schedule', error.message);
    throw error;
  }
}

function scheduleInput({ schedule }: ContractFields): ScheduleInput {
  switch (schedule.template) {
    case 'custom':
      return { template: 'custom', instalments: schedule.instalments };
    case 'equal-per-year':
      return { template: 'equal-per-year', partsPerYear: schedule.partsPerYear ?? 1 };
    default:
      return { template: schedule.template };
  }
}

function withInvoices(schedule: ScheduledInstalment[], current: StoredInstalment[]): InstalmentDto[] {
  const invoices = new Map(current.map((i) => [i.sequence, i.invoice]));
  return schedule.map(({ sequence, invoiceDate, shareBasisPoints, amountCents, locked, previousSequence }) => ({
    sequence,
    invoiceDate,
    shareBasisPoints,
    amountCents,
    invoice: locked ? (invoices.get(previousSequence!) ?? null) : null,
  }));
}

function scheduleChanges(current: StoredInstalment[], schedule: ScheduledInstalment[]): InstalmentChange[] {
  const changes: InstalmentChange[] = [];
  for (let sequence = 1; sequence <= Math.max(current.length, schedule.length); sequence++) {
    const before = current.find((i) => i.sequence === sequence);
    const after = schedule.find((i) => i.sequence === sequence);
    if (before?.invoiceDate === after?.invoiceDate && before?.amountCents === after?.amountCents) continue;
    changes.push({
      sequence,
      before: before ? { invoiceDate: before.invoiceDate, amountCents: before.amountCents } : null,
      after: after ? { invoiceDate: after.invoiceDate, amountCents: after.amountCents } : null,
    });
  }
  return changes;
}

function contractColumns(
  input: ContractFields & { id?: number; version?: number },
): Omit<Contract, 'id' | 'version' | 'createdAt' | 'updatedAt'> {
  const { schedule, id, version, ...fields } = input;
  return {
    ...fields,
    scheduleTemplate: schedule.template,
    partsPerYear: schedule.template === 'equal-per-year' ? (schedule.partsPerYear ?? 1) : null,
  };
}

async function assertMunicipality(manager: EntityManager, id: number): Promise<void> {
  if (!(await manager.existsBy(MunicipalityEntity, { id })))
    throw fieldError('municipalityId', 'Kies een gemeente uit de lijst.');
}

async function findContract(manager: EntityManager, id: number): Promise<Contract> {
  const contract = await manager.findOne(ContractEntity, { where: { id }, relations: { municipality: true } });
  if (!contract) throw notFound('Deze opdracht');
  return contract;
}

function toContractDto(row: Contract, instalments: StoredInstalment[]): ContractDto {
  const { municipality, createdAt, updatedAt, ...fields } = row;
  return {
    ...fields,
    municipalityName: municipality?.name ?? '',
    instalments: instalments.map(({ id, ...instalment }) => instalment),
    invoicedCents: instalments.reduce((sum, i) => sum + (i.invoice ? i.amountCents : 0), 0),
  };
}
