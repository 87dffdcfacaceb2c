import { z } from 'zod';
import { RETENTION_KIND_INFO, RETENTION_KINDS, type RetentionKind } from '../domain/privacy/retention';
import { ADMIN, BACKOFFICE, EVERYONE } from './access';
import { id, requiredText, version } from './fields';
import type { FileDto } from './invoices';
import { operation } from './operation';

/** Why a family was erased: on its own request, or because its retention period had passed. */
export type ErasureKind = 'verzoek' | 'bewaartermijn';

export const erasureInput = z.object({
  id,
  reason: requiredText('De reden', 500, { multiline: true }).refine((reason) => reason.length >= 5, {
    error: 'Schrijf de reden in minstens 5 tekens.',
  }),
});

/** One kind's period as beheer sets it; the reason says why that long. */
export interface RetentionRuleDto {
  kind: RetentionKind;
  months: number;
  reason: string;
  version: number;
}

const retentionRule = z
  .object({
    kind: z.enum(RETENTION_KINDS),
    months: z
      .number({ error: 'Vul een aantal maanden in.' })
      .int({ error: 'Vul een heel aantal maanden in.' })
      .max(600, { error: 'Vul hoogstens 600 maanden in.' }),
    reason: requiredText('De reden', 300, { multiline: true }),
    version,
  })
  .superRefine((rule, context) => {
    const minimum = RETENTION_KIND_INFO[rule.kind].minimumMonths;
    if (rule.months < minimum)
      context.addIssue({
        code: 'custom',
        path: ['months'],
        message: minimum > 1 ? `De wet vraagt minstens ${minimum} maanden.` : `Vul minstens ${minimum} maand in.`,
      });
  });
export const retentionRulesUpdate = z.object({ rules: z.array(retentionRule).min(1).max(RETENTION_KINDS.length) });

/** One record a retention run would anonymise now, and why: its key is what the user confirms. */
export interface RetentionItemDto {
  /** `family-12` or `vog-7`. */
  key: string;
  what: 'family' | 'vog';
  description: string;
  why: string;
  /** The day its last period ended. */
  expiredOn: string;
}

export interface RetentionPreviewDto {
  items: RetentionItemDto[];
  families: number;
  records: number;
}

export const retentionRunInput = z.object({ keys: z.array(z.string().max(30)).max(100_000) });

export interface RetentionRunDto {
  ranAt: string;
  families: number;
  records: number;
}

/** Whether beheer should do a run: once a month, after the last (or the first registration). */
export interface RetentionDueDto {
  due: boolean;
  lastRunAt: string | null;
}

/** What a retention run reads to decide, and what it anonymises. */
const RETENTION_READS = ['settings', 'family', 'registration', 'match', 'vog'] as const;

export const privacyOperations = {
  /**
   * Inzage and portability: everything the foundation holds about one family as one JSON file. Its
   * making is logged in the inzagelog like opening the file.
   */
  'privacy.accessExport': operation<FileDto>()(z.object({ id }), {
    roles: BACKOFFICE,
    // Asked once, on request: nothing needs to ask it again when something changes.
    reads: ['family'],
    logsReading: 'family',
  }),
  /** The same as a readable Dutch PDF (base64, as invoices' PDFs), logged the same way. */
  'privacy.accessPdf': operation<FileDto>()(z.object({ id }), {
    roles: BACKOFFICE,
    reads: ['family'],
    logsReading: 'family',
  }),
  /**
   * Erasure ("vergeten") on request: the family's personal data anonymised at once, what the figures
   * count kept, and a line in the erasure log that says when, by whom and why, never whose.
   */
  'privacy.erase': operation<{ erasedAt: string }>()(erasureInput, {
    roles: ADMIN,
    changes: ['family', 'registration', 'match', 'document', 'vog', 'incident', 'policy', 'audit'],
  }),
  'privacy.retentionRules': operation<RetentionRuleDto[]>()(z.object({}), { roles: EVERYONE, reads: ['settings'] }),
  'privacy.retentionUpdate': operation<RetentionRuleDto[]>()(retentionRulesUpdate, {
    roles: ADMIN,
    changes: ['settings'],
  }),
  /** The dry run: exactly what a run would anonymise now, each with why. */
  'privacy.retentionPreview': operation<RetentionPreviewDto>()(z.object({}), {
    roles: ADMIN,
    reads: RETENTION_READS,
  }),
  /** Anonymises the confirmed list in one transaction, refused when the dry run would now differ. */
  'privacy.retentionRun': operation<RetentionRunDto>()(retentionRunInput, {
    roles: ADMIN,
    changes: ['settings', 'family', 'registration', 'match', 'document', 'vog', 'incident', 'policy', 'audit'],
  }),
  'privacy.retentionDue': operation<RetentionDueDto>()(z.object({}), {
    roles: ADMIN,
    reads: ['settings', 'registration'],
  }),
};
