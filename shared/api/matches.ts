import { z } from 'zod';
import {
  CHILD_RESULTS,
  EVALUATION_OUTCOMES,
  PARENT_RESULTS,
  PROFESSIONAL_HELP,
  SUPPORT_KINDS,
  type ChildResult,
  type EvaluationOutcome,
  type ParentResult,
  type ProfessionalHelp,
  type SupportKind,
} from '../domain/matches/results';
import { END_REASONS, MATCH_STATUSES, type EndReason, type MatchStatus } from '../domain/matches/status';
import { ADMIN, BACKOFFICE } from './access';
import { isoDate } from './dates';
import { id, optionalText, requiredText, version } from './fields';
import type { FileDto } from './invoices';
import { operation } from './operation';

export const DOCUMENT_KINDS = ['contract', 'huisregels'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = { contract: 'Contract', huisregels: 'Huisregels' };

export const DOCUMENT_STATUS_LABELS = {
  aangemaakt: 'Aangemaakt',
  afgedrukt: 'Afgedrukt',
  ondertekend: 'Ondertekend ontvangen',
} as const;

/** The agreements of a match as its forms hold them. */
export const matchTerms = z
  .object({
    coordinatorId: id.nullable(),
    childIds: z.array(id).min(1, { error: 'Kies minstens één kind dat meedoet.' }).max(20),
    supportKinds: z.array(z.enum(SUPPORT_KINDS)).min(1, { error: 'Kies wat de steun is.' }),
    supportOther: optionalText('Andere steun', 200),
    frequency: optionalText('Hoe vaak', 200),
    agreements: optionalText('Afspraken', 4000, { multiline: true }),
  })
  .superRefine((value, ctx) => {
    if (value.supportKinds.includes('anders') && !value.supportOther) {
      ctx.addIssue({ code: 'custom', path: ['supportOther'], message: 'Beschrijf de andere steun.' });
    }
  });

export const matchCreate = matchTerms.safeExtend({
  requestingFamilyId: id,
  supportFamilyId: id,
  municipalityId: id,
  proposedDate: isoDate('Datum voorstel'),
});
export type MatchCreate = z.output<typeof matchCreate>;
export type MatchFormValues = z.input<typeof matchCreate>;

export const matchUpdate = matchTerms.safeExtend({ id, version });
export type MatchUpdate = z.output<typeof matchUpdate>;

const matchResults = z.object({
  childResults: z.array(z.enum(CHILD_RESULTS)),
  parentResults: z.array(z.enum(PARENT_RESULTS)),
  professionalHelp: z.enum(PROFESSIONAL_HELP, { error: 'Kies wat er met professionele hulp is gebeurd.' }),
});

const matchStatusChange = z.object({
  id,
  version,
  to: z.enum(MATCH_STATUSES),
  date: isoDate('Datum'),
  reason: optionalText('Toelichting', 1000),
  endReason: z.enum(END_REASONS).nullable().default(null),
  results: matchResults.nullable().default(null),
});
export type MatchStatusChangeInput = z.output<typeof matchStatusChange>;

const evaluationInput = z.object({
  id,
  version,
  sequence: z.number().int().min(0).max(10),
  heldDate: isoDate('Datum gehouden'),
  outcome: z.enum(EVALUATION_OUTCOMES, { error: 'Kies de uitkomst.' }),
  notes: optionalText('Notities', 4000, { multiline: true }),
});
export type EvaluationInput = z.output<typeof evaluationInput>;

export interface MatchRowDto {
  id: number;
  requestingFamilyName: string;
  supportFamilyName: string;
  municipalityName: string;
  coordinatorName: string | null;
  status: MatchStatus;
  proposedDate: string;
  startDate: string | null;
  trialEnd: string | null;
  /** The next evaluation not yet held, for running matches. */
  nextEvaluation: string | null;
}

export interface FamilyRefDto {
  id: number;
  name: string;
  address: string;
  /** Adults (18 or older) who sign the documents. */
  adults: { id: number; name: string }[];
  children: { id: number; name: string; birthDate: string }[];
}

export interface EvaluationDto {
  sequence: number;
  label: string;
  dueDate: string;
  held: { heldDate: string; outcome: EvaluationOutcome; notes: string | null } | null;
}

export interface MatchDocumentDto {
  id: number;
  kind: DocumentKind;
  title: string;
  templateVersion: number;
  createdAt: string;
  status: keyof typeof DOCUMENT_STATUS_LABELS;
  signedDate: string | null;
  hasScan: boolean;
  version: number;
}

export interface MatchDto {
  id: number;
  requestingFamily: FamilyRefDto;
  supportFamily: FamilyRefDto;
  municipality: { id: number; name: string };
  coordinator: { id: number; name: string } | null;
  status: MatchStatus;
  childIds: number[];
  supportKinds: SupportKind[];
  supportOther: string | null;
  frequency: string | null;
  agreements: string | null;
  proposedDate: string;
  startDate: string | null;
  trialEnd: string | null;
  guidanceEnd: string | null;
  endDate: string | null;
  endReason: EndReason | null;
  endReasonText: string | null;
  childResults: ChildResult[];
  parentResults: ParentResult[];
  professionalHelp: ProfessionalHelp | null;
  evaluations: EvaluationDto[];
  history: {
    at: string;
    date: string;
    actor: string;
    fromStatus: MatchStatus | null;
    toStatus: MatchStatus;
    reason: string | null;
  }[];
  documents: MatchDocumentDto[];
  version: number;
}

type AgendaKind = 'evaluatie' | 'proefperiode_einde' | 'twee_jaar';

export interface AgendaItemDto {
  matchId: number;
  kind: AgendaKind;
  label: string;
  dueDate: string;
  overdue: boolean;
  families: string;
  municipalityName: string;
  coordinatorName: string | null;
}

export interface MatchStatsRowDto {
  municipalityId: number;
  municipalityName: string;
  /** New matches a year by the municipality's contract for this year, when there is one. */
  target: number | null;
  newMatches: number;
  active: number;
  endedRegular: number;
  endedEarly: number;
  earlyReasons: Partial<Record<EndReason, number>>;
  medianDaysToMatch: number | null;
}

export interface TemplateDto {
  id: number;
  kind: DocumentKind;
  templateVersion: number;
  title: string;
  body: string;
  createdAt: string;
  actor: string;
}

/** A template's text as the form holds it. */
export const templateFields = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  title: requiredText('Titel', 100),
  body: requiredText('Tekst', 20_000, { multiline: true }),
});
/** `version`: the `templateVersion` the text was edited from; a colleague's newer version refuses the save. */
export const templateSave = templateFields.safeExtend({ version });
export type TemplateSave = z.output<typeof templateSave>;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_TOO_LARGE = 'Dit bestand is te groot; kies een bestand van hoogstens 10 MB.';

/**
 * A file the user attaches, as base64. The main process checks the bytes themselves (what they
 * are, an empty file, the size again) with messages of its own.
 */
export const attachedFile = z.object({
  id,
  version,
  fileName: z.string().max(200),
  content: z.string().max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4, { error: ATTACHMENT_TOO_LARGE }),
});

const period = z.object({ from: isoDate('Van'), to: isoDate('Tot en met') });

export const matchOperations = {
  'matches.list': operation<MatchRowDto[]>()(
    z.object({
      municipalityId: id.nullable().default(null),
      /** A family's name or postcode, found as everywhere else (the requesting or the supporting family). */
      search: z.string().trim().max(100).default(''),
    }),
    {
      roles: BACKOFFICE,
      reads: ['match', 'family', 'municipality'],
    },
  ),
  'matches.get': operation<MatchDto>()(z.object({ id }), {
    roles: BACKOFFICE,
    reads: ['match', 'family', 'document', 'vog', 'coordinator'],
    logsReading: 'match',
  }),
  'matches.create': operation<MatchDto>()(matchCreate, { roles: BACKOFFICE, changes: ['match', 'family'] }),
  'matches.update': operation<MatchDto>()(matchUpdate, { roles: BACKOFFICE, changes: ['match'] }),
  'matches.changeStatus': operation<MatchDto>()(matchStatusChange, { roles: BACKOFFICE, changes: ['match', 'family'] }),
  'matches.recordEvaluation': operation<MatchDto>()(evaluationInput, { roles: BACKOFFICE, changes: ['match'] }),
  'matches.agenda': operation<AgendaItemDto[]>()(
    period.extend({ municipalityId: id.nullable(), coordinatorId: id.nullable() }),
    { roles: BACKOFFICE, reads: ['match', 'family', 'coordinator'] },
  ),
  'matches.stats': operation<MatchStatsRowDto[]>()(z.object({ year: z.number().int().min(2000).max(2100) }), {
    roles: BACKOFFICE,
    reads: ['match', 'municipality'],
  }),
  'matches.halfYearReport': operation<FileDto>()(
    z.object({
      municipalityId: id,
      year: z.number().int().min(2000).max(2100),
      half: z.union([z.literal(1), z.literal(2)]),
    }),
    { roles: BACKOFFICE, reads: ['match', 'municipality', 'organisation'] },
  ),
  'documents.generate': operation<{ id: number }>()(z.object({ matchId: id, kind: z.enum(DOCUMENT_KINDS) }), {
    roles: BACKOFFICE,
    changes: ['document', 'match'],
  }),
  'documents.pdf': operation<FileDto>()(z.object({ id }), { roles: BACKOFFICE, reads: ['document'] }),
  'documents.print': operation<{ id: number; printed: boolean }>()(z.object({ id, version }), {
    roles: BACKOFFICE,
    changes: ['document', 'match'],
  }),
  'documents.markSigned': operation<{ id: number }>()(
    z.object({ id, version, signedDate: isoDate('Ondertekend ontvangen op') }),
    { roles: BACKOFFICE, changes: ['document', 'match'] },
  ),
  'documents.attachScan': operation<{ id: number }>()(attachedFile, {
    roles: BACKOFFICE,
    changes: ['document', 'match'],
  }),
  'documents.openScan': operation<{ id: number }>()(z.object({ id }), { roles: BACKOFFICE, reads: ['document'] }),
  'templates.list': operation<TemplateDto[]>()(z.object({}), { roles: ['backoffice', 'beheer'], reads: ['template'] }),
  'templates.save': operation<TemplateDto>()(templateSave, { roles: ADMIN, changes: ['template'] }),
};
