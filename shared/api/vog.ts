import { z } from 'zod';
import { VOG_STATUSES, type VogStatus } from '../domain/vog/status';
import { BACKOFFICE } from './access';
import { isoDate } from './dates';
import { id, optionalText, version } from './fields';
import { attachedFile } from './matches';
import { operation } from './operation';

export interface VogRowDto {
  personId: number;
  name: string;
  birthDate: string;
  familyId: number;
  familyName: string;
  /** The family's e-mail address: the VOG request is sent there. */
  email: string | null;
  municipalityId: number | null;
  municipalityName: string | null;
  status: VogStatus;
  requestedDate: string | null;
  daysWaiting: number | null;
  /** A request without result for longer than the set weeks. */
  requestOverdue: boolean;
  issueDate: string | null;
  validUntil: string | null;
  renewBefore: string | null;
  expiresSoon: boolean;
  expired: boolean;
  /** Version of the person's VOG record; 0 while none exists (status Nodig). */
  version: number;
}

export interface VogDetailDto extends VogRowDto {
  requestReference: string | null;
  freeScheme: boolean;
  checkedBy: string | null;
  screeningProfile: string | null;
  decisionDate: string | null;
  notes: string | null;
  hasScan: boolean;
  /** The day the volunteer agreed to a copy being kept; a scan is kept only with it. */
  scanConsentDate: string | null;
  history: {
    at: string;
    date: string;
    actor: string;
    fromStatus: VogStatus;
    toStatus: VogStatus;
    notes: string | null;
  }[];
}

export interface VogMatchWarningDto {
  matchId: number;
  families: string;
  municipalityName: string;
  reasons: string[];
}

/** A VOG is known by its person: `id` and `ids` are person ids. */
const vogChange = z
  .object({
    id,
    version,
    to: z.enum(VOG_STATUSES),
    date: isoDate('Datum'),
    requestReference: optionalText('Kenmerk van de aanvraag', 50).default(null),
    freeScheme: z.boolean().default(false),
    issueDate: isoDate('Datum van afgifte').nullable().default(null),
    checkedBy: optionalText('Gecontroleerd door', 100).default(null),
    screeningProfile: optionalText('Screeningsprofiel', 100).default(null),
    notes: optionalText('Notities', 2000, { multiline: true }).default(null),
  })
  // A received VOG is recorded with all it needs at once, so every missing field is marked together.
  .superRefine((value, ctx) => {
    if (value.to !== 'ontvangen') return;
    if (!value.issueDate) {
      ctx.addIssue({ code: 'custom', path: ['issueDate'], message: 'Vul de datum van afgifte van de VOG in.' });
    } else if (value.issueDate > value.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['issueDate'],
        message: 'De datum van afgifte ligt na de datum van ontvangst.',
      });
    }
    if (!value.checkedBy) {
      ctx.addIssue({ code: 'custom', path: ['checkedBy'], message: 'Vul in wie de VOG heeft gecontroleerd.' });
    }
  });
export type VogChange = z.output<typeof vogChange>;

const vogBulkRequest = z.object({
  ids: z.array(id).min(1, { error: 'Kies minstens één persoon.' }).max(2000),
  date: isoDate('Datum van aanvraag'),
  freeScheme: z.boolean(),
});
export type VogBulkRequest = z.output<typeof vogBulkRequest>;

/** A copy of the VOG, kept only with the volunteer's consent, on the day it was given. */
const vogScan = attachedFile.extend({ consentDate: isoDate('Toestemming gegeven op') });
export type VogScan = z.output<typeof vogScan>;

export const vogOperations = {
  'vog.list': operation<VogRowDto[]>()(z.object({}), { roles: BACKOFFICE, reads: ['vog', 'family', 'match'] }),
  'vog.get': operation<VogDetailDto>()(z.object({ id }), {
    roles: BACKOFFICE,
    reads: ['vog', 'family'],
    logsReading: 'vog',
  }),
  'vog.change': operation<VogDetailDto>()(vogChange, { roles: BACKOFFICE, changes: ['vog'] }),
  'vog.bulkRequest': operation<{ ids: number[] }>()(vogBulkRequest, { roles: BACKOFFICE, changes: ['vog'] }),
  'vog.matchWarnings': operation<VogMatchWarningDto[]>()(z.object({}), {
    roles: BACKOFFICE,
    reads: ['vog', 'match', 'family'],
  }),
  'vog.attachScan': operation<VogDetailDto>()(vogScan, { roles: BACKOFFICE, changes: ['vog'] }),
  'vog.removeScan': operation<VogDetailDto>()(z.object({ id, version }), { roles: BACKOFFICE, changes: ['vog'] }),
  /** Scans kept without a recorded consent, as before the register kept none by default. */
  'vog.removeScansWithoutConsent': operation<{ ids: number[] }>()(z.object({}), {
    roles: BACKOFFICE,
    changes: ['vog'],
  }),
  'vog.openScan': operation<{ id: number }>()(z.object({ id }), { roles: BACKOFFICE, reads: ['vog'] }),
};
