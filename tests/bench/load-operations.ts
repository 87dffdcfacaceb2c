import type { seededRandom } from '../../scripts/demo/data';
import type { FamilyDto } from '../../shared/api/families';
import type { MunicipalityDto } from '../../shared/api/municipalities';
import type { QueueQuery, QueueResult, QueueRow, RegistrationDto } from '../../shared/api/registrations';
import { OPEN_STATUSES, type RegistrationStatus } from '../../shared/domain/registrations/status';
import { loadImportFile } from './load-import-file';
import { familyInput, municipalityInput } from './load-records';
import type { LoadPlan } from './load-setup';
import type { RecordingCall } from './load-stats';

/** An edit the database accepted: the value written and the version the record got from it. */
export interface AcceptedWrite {
  value: string;
  version: number;
}

/** One colleague: what they have on screen and what they did. */
export interface Colleague {
  client: number;
  plan: LoadPlan;
  random: ReturnType<typeof seededRandom>;
  call: RecordingCall;
  /** The copy of each record the colleague has open, as last read or saved: its version is the one sent. */
  copies: Map<string, FamilyDto | MunicipalityDto>;
  /** Every accepted edit per record (`family:12`), in order. */
  writes: Record<string, AcceptedWrite[]>;
  /** The open registrations of the last queue page seen. */
  page: QueueRow[];
  /** Concepts the colleague still sees in the Facturen list, in its order. */
  concepts: number[];
  finalised: number[];
  edits: number;
  imports: number;
}

const QUEUE: QueueQuery = {
  statuses: OPEN_STATUSES,
  kind: null,
  municipalityId: null,
  outsideWorkArea: false,
  channel: null,
  waitingLongerThanDays: null,
  sort: null,
  filters: [],
  search: '',
  offset: 0,
  limit: 200,
};

/** Name and postcode prefixes as typed in the search box: common ones, rare ones, postcodes. */
const SEARCHES = ['jans', 'bakker', 'de vr', 'viss', 'moh', 'sanne', 'hoek', 'prins', '2011', '2034', '9012', 'kaya'];

/** The next step of a registration on the backoffice's desk; it stays on the desk, so the queue never runs dry. */
const NEXT: Partial<Record<RegistrationStatus, RegistrationStatus>> = {
  nieuw: 'in_behandeling',
  in_behandeling: 'wachtlijst',
  wachtlijst: 'in_behandeling',
};

async function queuePage(c: Colleague): Promise<void> {
  const filters: Partial<QueueQuery>[] = [
    {},
    { municipalityId: c.random.pick(c.plan.municipalityIds) },
    { statuses: [], waitingLongerThanDays: 14 },
    { statuses: [], kind: 'steun', channel: 'verwijzer' },
  ];
  const which = Math.floor(c.random.next() * filters.length);
  const response = await c.call<QueueResult>('registrations.queue (page)', 'registrations.queue', {
    ...QUEUE,
    ...filters[which],
  });
  if (response.ok && which === 0) c.page = response.data.rows;
}

async function queueSearch(c: Colleague): Promise<void> {
  const statuses = c.random.next() < 0.5 ? OPEN_STATUSES : [];
  await c.call('registrations.queue (search)', 'registrations.queue', {
    ...QUEUE,
    statuses,
    search: c.random.pick(SEARCHES),
  });
}

async function familySearch(c: Colleague): Promise<void> {
  await c.call('families.search', 'families.search', {
    search: c.random.pick(SEARCHES),
    kind: null,
    municipalityId: null,
    limit: 100,
  });
}

/**
 * Opens the record when the colleague has no copy of it (or had theirs refused), changes its notes
 * and saves with the version of the copy. A refused edit (STALE) is the expected outcome when a
 * colleague saved first; the next edit reopens the record.
 */
async function edit(c: Colleague, kind: 'family' | 'municipality', id: number, label: string): Promise<void> {
  const key = `${kind}:${id}`;
  const area = kind === 'family' ? 'families' : 'municipalities';
  let copy = c.copies.get(key);
  if (!copy) {
    const read = await c.call<FamilyDto | MunicipalityDto>(`${area}.get`, `${area}.get`, { id });
    if (!read.ok) return;
    copy = read.data;
  }
  const value = `load ${c.client}.${++c.edits}`;
  const input =
    kind === 'family' ? familyInput(copy as FamilyDto, value) : municipalityInput(copy as MunicipalityDto, value);
  const saved = await c.call<FamilyDto | MunicipalityDto>(`${area}.update (${label})`, `${area}.update`, input);
  if (!saved.ok) {
    c.copies.delete(key);
    return;
  }
  c.copies.set(key, saved.data);
  (c.writes[key] ??= []).push({ value, version: saved.data.version });
}

async function editShared(c: Colleague): Promise<void> {
  const records = [
    ...c.plan.sharedMunicipalities.map((id) => ['municipality', id] as const),
    ...c.plan.sharedFamilies.map((id) => ['family', id] as const),
  ];
  const [kind, id] = c.random.pick(records);
  await edit(c, kind, id, 'shared');
}

async function editOwn(c: Colleague): Promise<void> {
  await edit(c, 'family', c.random.pick(c.plan.ownFamilies[c.client]), 'own');
}

/** Opens a registration from the queue page on screen and moves it a step, as triage does. */
async function changeStatus(c: Colleague): Promise<void> {
  if (c.page.length === 0) return queuePage(c);
  const row = c.random.pick(c.page);
  const read = await c.call<RegistrationDto>('registrations.get', 'registrations.get', { id: row.id });
  if (!read.ok) return;
  const to = NEXT[read.data.status];
  if (!to) {
    c.page = c.page.filter((other) => other.id !== row.id);
    return;
  }
  await c.call('registrations.changeStatus', 'registrations.changeStatus', {
    id: row.id,
    version: read.data.version,
    to,
    reason: to === 'wachtlijst' ? 'Nog geen steungezin in de buurt.' : '',
    referredTo: '',
    coordinatorId: null,
  });
}

/** A referrer's list of 20 families: checked first (the preview), then imported. */
async function importList(c: Colleague): Promise<void> {
  const file = loadImportFile(c.client, c.imports++);
  const preview = await c.call('imports.preview', 'imports.preview', file);
  if (preview.ok) await c.call('imports.commit', 'imports.commit', file);
}

/**
 * Finalises one concept from the colleague's list: half the time the top one (colleagues working
 * down the same list meet there), otherwise any. A concept a colleague finalised first is refused
 * (FORBIDDEN: final invoices never change) and leaves the list.
 */
async function finalise(c: Colleague): Promise<void> {
  if (c.concepts.length === 0) return queuePage(c);
  const index = c.random.next() < 0.5 ? 0 : Math.floor(c.random.next() * c.concepts.length);
  const id = c.concepts[index];
  const response = await c.call('invoices.finalize', 'invoices.finalize', { ids: [id] });
  if (response.ok) c.finalised.push(id);
  if (response.ok || response.error.code === 'FORBIDDEN') c.concepts.splice(index, 1);
}

/** The mix of a working day at the backoffice, by weight: mostly reading, some editing, a little importing. */
const MIX: [number, (c: Colleague) => Promise<void>, string][] = [
  [25, queuePage, 'a queue page (open registrations, one municipality, waiting > 14 days, steun via a referrer)'],
  [15, queueSearch, "the queue's search (name or postcode prefix)"],
  [8, familySearch, 'families.search'],
  [10, editShared, 'an edit of a record every colleague edits'],
  [8, editOwn, "an edit of one of the colleague's own families"],
  [12, changeStatus, 'opening a registration from the queue page and changing its status'],
  [3, importList, 'an import of 20 rows (preview, then commit)'],
  [10, finalise, 'finalising a concept invoice (half the time the top of the list)'],
];
const TOTAL = MIX.reduce((sum, [weight]) => sum + weight, 0);

/** The mix in words with each share, for the report. */
export const MIX_SHARES = MIX.map(([weight, , words]) => ({ percent: Math.round((100 * weight) / TOTAL), words }));

export function nextOperation(c: Colleague): (c: Colleague) => Promise<void> {
  let at = c.random.next() * TOTAL;
  for (const [weight, operation] of MIX) {
    if ((at -= weight) < 0) return operation;
  }
  return MIX[0][1];
}
