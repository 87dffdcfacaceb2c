import { z } from 'zod';
import type { FamilyKind } from '../domain/families';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '../domain/registrations/status';
import { BACKOFFICE } from './access';
import { isoDate } from './dates';
import { familyFields, type DuplicateCandidate, type FamilyDto } from './families';
import { id, optionalText, version } from './fields';
import { exportFormat, listWindow, pageWindow, type ExportFileDto, type ListPage } from './lists';
import { operation } from './operation';

export const CHANNELS = ['zelf', 'verwijzer'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = { zelf: 'Zelf aangemeld', verwijzer: 'Via verwijzer' };

export const REFERRER_TYPES = [
  'school',
  'kinderopvang',
  'wijkteam',
  'huisarts',
  'consultatiebureau',
  'cjg',
  'welzijn',
  'gemeente',
  'anders',
] as const;
export type ReferrerType = (typeof REFERRER_TYPES)[number];
export const REFERRER_TYPE_LABELS: Record<ReferrerType, string> = {
  school: 'School',
  kinderopvang: 'Kinderopvang',
  wijkteam: 'Wijkteam',
  huisarts: 'Huisarts',
  consultatiebureau: 'Consultatiebureau',
  cjg: 'CJG',
  welzijn: 'Welzijn',
  gemeente: 'Gemeente',
  anders: 'Anders',
};

export const registrationFields = z
  .object({
    receivedDate: isoDate('Datum van aanmelding'),
    channel: z.enum(CHANNELS, { error: 'Kies hoe het gezin is aangemeld.' }),
    referrerOrganisation: optionalText('Organisatie van de verwijzer', 120),
    referrerType: z.enum(REFERRER_TYPES, { error: 'Kies het soort verwijzer.' }).nullable(),
    referrerContact: optionalText('Contactpersoon', 120),
    question: optionalText('Vraag of motivatie', 4000, { multiline: true }),
  })
  .superRefine((value, ctx) => {
    if (value.channel !== 'verwijzer') return;
    if (!value.referrerOrganisation)
      ctx.addIssue({
        code: 'custom',
        path: ['referrerOrganisation'],
        message: 'Vul de organisatie van de verwijzer in.',
      });
    if (!value.referrerType)
      ctx.addIssue({ code: 'custom', path: ['referrerType'], message: 'Kies het soort verwijzer.' });
  });

export const registrationCreate = z.object({
  family: familyFields,
  registration: registrationFields,
  /** Register for a family that is already known instead of creating a new one. */
  existingFamilyId: id.nullable(),
  /** The user saw the duplicate warning and still wants a new family. */
  acceptDuplicate: z.boolean(),
});
export type RegistrationCreateValues = z.input<typeof registrationCreate>;
export type RegistrationCreate = z.output<typeof registrationCreate>;

const statusChange = z.object({
  id,
  version,
  to: z.enum(REGISTRATION_STATUSES),
  reason: optionalText('Reden', 1000, { multiline: true }),
  referredTo: optionalText('Doorverwezen naar', 120),
  coordinatorId: id.nullable(),
});
export type StatusChange = z.output<typeof statusChange>;

/** As many registrations as "Alle N selecteren" can choose: every one the queue can hold in years. */
export const MAX_BULK = 10_000;
const bulkIds = z.array(id).min(1).max(MAX_BULK);

const bulkAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('assignMunicipality'), ids: bulkIds, municipalityId: id }),
  z.object({ action: z.literal('handOver'), ids: bulkIds, coordinatorId: id }),
  z.object({
    action: z.literal('waitlist'),
    ids: bulkIds,
    reason: z.string().trim().min(1, { error: 'Geef een reden op.' }).max(1000),
  }),
]);
export type BulkAction = z.output<typeof bulkAction>;

const registrationUpdate = registrationFields.safeExtend({ id, version });
export type RegistrationFieldValues = z.input<typeof registrationFields>;
export type RegistrationUpdate = z.output<typeof registrationUpdate>;

/** A suspected duplicate settled: `sameFamilyId` names the known family it is, null that it is none. */
const duplicateResolution = z.object({ id, version, sameFamilyId: id.nullable() });
export type DuplicateResolution = z.output<typeof duplicateResolution>;

/** The queue's columns that sort and filter in the main process. */
export const QUEUE_COLUMNS = [
  'receivedDate',
  'daysWaiting',
  'status',
  'kind',
  'familyName',
  'postcode',
  'place',
  'municipality',
  'channel',
  'coordinator',
] as const;
export type QueueColumn = (typeof QUEUE_COLUMNS)[number];

/** Which registrations the queue holds: the quick filters above it, its column filters, search and order. */
const queueFilter = z
  .object({
    statuses: z.array(z.enum(REGISTRATION_STATUSES)).max(7),
    kind: z.enum(['vraag', 'steun']).nullable(),
    municipalityId: id.nullable(),
    outsideWorkArea: z.boolean(),
    channel: z.enum(CHANNELS).nullable(),
    waitingLongerThanDays: z.number().int().min(0).max(3650).nullable(),
  })
  .extend(listWindow(QUEUE_COLUMNS).shape);
export type QueueFilter = z.output<typeof queueFilter>;

const queueQuery = queueFilter.extend(pageWindow.shape);
export type QueueQuery = z.output<typeof queueQuery>;

export interface QueueRow {
  id: number;
  familyId: number;
  receivedDate: string;
  daysWaiting: number;
  overdue: boolean;
  status: RegistrationStatus;
  kind: FamilyKind;
  familyName: string;
  postcode: string;
  place: string;
  municipalityName: string | null;
  channel: Channel;
  referrerOrganisation: string | null;
  coordinatorName: string | null;
  duplicateSuspected: boolean;
}

export interface QueueResult extends ListPage<QueueRow> {
  overdueDays: number;
}

export interface StatusChangeDto {
  at: string;
  actor: string;
  from: RegistrationStatus | null;
  to: RegistrationStatus;
  reason: string | null;
}

export interface RegistrationDto {
  id: number;
  receivedDate: string;
  channel: Channel;
  referrerOrganisation: string | null;
  referrerType: ReferrerType | null;
  referrerContact: string | null;
  question: string | null;
  status: RegistrationStatus;
  referredTo: string | null;
  municipality: { id: number; name: string } | null;
  coordinator: { id: number; name: string } | null;
  duplicateSuspected: boolean;
  family: FamilyDto;
  history: StatusChangeDto[];
  version: number;
}

export interface StatsRow {
  municipality: string;
  kind: FamilyKind;
  channel: Channel;
  month: string;
  received: number;
  handedOver: number;
  referred: number;
  declined: number;
  medianDaysToHandOver: number | null;
}

export const registrationOperations = {
  'registrations.create': operation<RegistrationDto>()(registrationCreate, {
    roles: BACKOFFICE,
    changes: ['registration', 'family'],
  }),
  'registrations.get': operation<RegistrationDto>()(z.object({ id }), {
    roles: BACKOFFICE,
    reads: ['registration', 'family', 'municipality', 'coordinator'],
    logsReading: 'registration',
  }),
  'registrations.queue': operation<QueueResult>()(queueQuery, {
    roles: BACKOFFICE,
    reads: ['registration', 'family', 'municipality', 'coordinator'],
  }),
  'registrations.queueIds': operation<{ ids: number[] }>()(queueFilter, {
    roles: BACKOFFICE,
    reads: ['registration', 'family', 'municipality', 'coordinator'],
  }),
  'registrations.queueExport': operation<ExportFileDto>()(queueFilter.extend(exportFormat.shape), {
    roles: BACKOFFICE,
    reads: ['registration', 'family', 'municipality', 'coordinator'],
  }),
  'registrations.changeStatus': operation<RegistrationDto>()(statusChange, {
    roles: BACKOFFICE,
    changes: ['registration'],
  }),
  'registrations.bulk': operation<{ changed: number }>()(bulkAction, { roles: BACKOFFICE, changes: ['registration'] }),
  'registrations.update': operation<RegistrationDto>()(registrationUpdate, {
    roles: BACKOFFICE,
    changes: ['registration'],
  }),
  'registrations.duplicateCandidates': operation<DuplicateCandidate[]>()(z.object({ id }), {
    roles: BACKOFFICE,
    reads: ['registration', 'family'],
    logsReading: 'registration',
  }),
  'registrations.resolveDuplicate': operation<RegistrationDto>()(duplicateResolution, {
    roles: BACKOFFICE,
    changes: ['registration', 'family'],
  }),
  'registrations.stats': operation<StatsRow[]>()(z.object({ year: z.number().int().min(2014).max(2100) }), {
    roles: BACKOFFICE,
    reads: ['registration', 'municipality'],
  }),
};
