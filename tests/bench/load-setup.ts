import type { EntityManager } from 'typeorm';
import { inList, select, sql } from '../../electron/db/sql';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import type { FamilyDto } from '../../shared/api/families';
import type { MunicipalityDto } from '../../shared/api/municipalities';
import { familyInput, municipalityInput } from './load-records';

/** What the clients work on, the same for all of them: sent to each client's process as it starts. */
export interface LoadPlan {
  /** Records every client edits: the same few, so colleagues' edits meet. */
  sharedMunicipalities: number[];
  sharedFamilies: number[];
  /** Per client the families only it edits: its edits should never be refused. */
  ownFamilies: number[][];
  /** Concept invoices in the order the Facturen page lists them (newest first). */
  concepts: number[];
  municipalityIds: number[];
  thinkMs: number;
}

/** How the edited records stood before the run, and where the audit trail stood. */
export interface LoadBaseline {
  records: Record<string, { version: number; notes: string | null }>;
  auditAfter: number;
}

export const START_NOTE = 'load: start';
const INSTALMENTS_PER_CONTRACT = 60;

async function must<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const response = await dispatch(name, input);
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
  return response.data as T;
}

/**
 * `count` concept invoices, dated today: five-year contracts billed monthly (60 instalments each)
 * for as many municipalities as needed, their instalments made into concepts as the Te factureren
 * page does, a hundred at a time.
 */
async function prepareConcepts(dispatch: Dispatch, manager: EntityManager, count: number): Promise<number[]> {
  const municipalities = await select<{ id: number; name: string }>(
    manager,
    sql`SELECT "id", "name" FROM "municipality" ORDER BY "id"`,
  );
  const contracts: number[] = [];
  for (let k = 0; k * INSTALMENTS_PER_CONTRACT < count; k++) {
    const municipality = municipalities[k % municipalities.length];
    const contract = await must<{ id: number }>(dispatch, 'contracts.create', {
      municipalityId: municipality.id,
      kind: 'subsidie',
      description: `Maandelijkse bijdrage ${municipality.name} (laadtest ${k + 1})`,
      startDate: '2023-01-01',
      endDate: '2027-12-31',
      amountCents: INSTALMENTS_PER_CONTRACT * 250_000,
      targetMatchesPerYear: null,
      coordinatorHoursPerWeek: null,
      billingName: `Gemeente ${municipality.name}`,
      billingDepartment: '',
      billingContact: '',
      billingStreet: `Postbus ${500 + k}`,
      billingPostcode: '2011 AA',
      billingCity: municipality.name,
      billingEmail: '',
      buyerReference: `LAAD-${String(k + 1).padStart(4, '0')}`,
      buyerOin: `000000010${String(1_000_000_000 + k * 7919).padStart(11, '0')}`,
      buyerKvk: '',
      paymentTermDays: 30,
      schedule: { template: 'equal-per-year', partsPerYear: 12, instalments: [] },
      notes: '',
    });
    contracts.push(contract.id);
  }
  const instalments = await select<{ id: number }>(
    manager,
    sql`SELECT "id" FROM "contract_instalment" WHERE "contractId" ${inList(contracts)} ORDER BY "invoiceDate", "id"`,
  );
  const ids = instalments.slice(0, count).map((row) => row.id);
  const concepts: number[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    const made = await must<{ ids: number[] }>(dispatch, 'invoices.createFromInstalments', {
      instalmentIds: ids.slice(i, i + 100),
    });
    concepts.push(...made.ids);
  }
  return concepts.sort((a, b) => b - a);
}

/**
 * Families the form accepts as they are (some generated families would need correcting first, e.g.
 * a "child" who has turned 18): each is saved once unchanged but for its notes, as a colleague
 * would, and those that save are the ones the load edits.
 */
async function editableFamilies(dispatch: Dispatch, manager: EntityManager, needed: number): Promise<number[]> {
  const candidates = await select<{ id: number }>(
    manager,
    sql`SELECT "id" FROM "family" WHERE "kind" = 'steun' ORDER BY "id" LIMIT ${needed * 4}`,
  );
  const editable: number[] = [];
  for (const { id } of candidates) {
    const family = await must<FamilyDto>(dispatch, 'families.get', { id });
    const saved = await dispatch('families.update', familyInput(family, START_NOTE));
    if (saved.ok) editable.push(id);
    if (editable.length === needed) return editable;
  }
  throw new Error(`only ${editable.length} of ${needed} families could be saved unchanged`);
}

export async function prepareLoad(
  dispatch: Dispatch,
  manager: EntityManager,
  options: { clients: number; concepts: number; thinkMs: number },
): Promise<{ plan: LoadPlan; baseline: LoadBaseline }> {
  const concepts = await prepareConcepts(dispatch, manager, options.concepts);
  const municipalityIds = (
    await select<{ id: number }>(manager, sql`SELECT "id" FROM "municipality" ORDER BY "id"`)
  ).map((row) => row.id);
  const sharedMunicipalities = municipalityIds.slice(0, 2);
  for (const id of sharedMunicipalities) {
    const municipality = await must<MunicipalityDto>(dispatch, 'municipalities.get', { id });
    await must(dispatch, 'municipalities.update', municipalityInput(municipality, START_NOTE));
  }
  const OWN = 8;
  const families = await editableFamilies(dispatch, manager, 3 + OWN * options.clients);
  const plan: LoadPlan = {
    sharedMunicipalities,
    sharedFamilies: families.slice(0, 3),
    ownFamilies: Array.from({ length: options.clients }, (_, c) => families.slice(3 + c * OWN, 3 + (c + 1) * OWN)),
    concepts,
    municipalityIds,
    thinkMs: options.thinkMs,
  };
  return { plan, baseline: await readBaseline(manager, plan) };
}

/** The edited records as stored now, by `kind:id`. */
export async function readRecords(
  manager: EntityManager,
  plan: LoadPlan,
): Promise<Record<string, { version: number; notes: string | null }>> {
  const records: Record<string, { version: number; notes: string | null }> = {};
  const read = async (table: 'municipality' | 'family', ids: number[]) => {
    const rows = await select<{ id: number; version: number; notes: string | null }>(
      manager,
      table === 'municipality'
        ? sql`SELECT "id", "version", "notes" FROM "municipality" WHERE "id" ${inList(ids)}`
        : sql`SELECT "id", "version", "notes" FROM "family" WHERE "id" ${inList(ids)}`,
    );
    for (const row of rows) records[`${table}:${row.id}`] = { version: row.version, notes: row.notes };
  };
  await read('municipality', plan.sharedMunicipalities);
  await read('family', [...plan.sharedFamilies, ...plan.ownFamilies.flat()]);
  return records;
}

async function readBaseline(manager: EntityManager, plan: LoadPlan): Promise<LoadBaseline> {
  const [{ last }] = await select<{ last: number | null }>(manager, sql`SELECT MAX("id") AS "last" FROM "audit_entry"`);
  return { records: await readRecords(manager, plan), auditAfter: last ?? 0 };
}
