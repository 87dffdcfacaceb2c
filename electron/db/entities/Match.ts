import { EntitySchema } from 'typeorm';
import type { DocumentKind } from '../../../shared/api/matches';
import type { EvaluationOutcome } from '../../../shared/domain/matches/results';
import type { EndReason, MatchStatus } from '../../../shared/domain/matches/status';
import { baseColumns, type BaseRecord } from './base';
import { storedFileReference } from './StoredFile';

/** A koppeling: one vraaggezin and one steungezin, guided by a municipality's coordinator. */
export interface Match extends BaseRecord {
  requestingFamilyId: number;
  supportFamilyId: number;
  municipalityId: number;
  coordinatorId: number | null;
  status: MatchStatus;
  /** Comma-separated support kinds. */
  supportKinds: string;
  supportOther: string | null;
  frequency: string | null;
  agreements: string | null;
  proposedDate: string;
  /** The first day of the trial period. */
  startDate: string | null;
  endDate: string | null;
  endReason: EndReason | null;
  endReasonText: string | null;
  /** Comma-separated result categories, recorded at the end. */
  childResults: string | null;
  parentResults: string | null;
  professionalHelp: string | null;
}

export interface MatchStatusChange {
  id: number;
  matchId: number;
  at: string;
  date: string;
  actor: string;
  fromStatus: MatchStatus | null;
  toStatus: MatchStatus;
  reason: string | null;
}

export interface MatchEvaluation {
  id: number;
  matchId: number;
  sequence: number;
  heldDate: string;
  outcome: EvaluationOutcome;
  notes: string | null;
  createdAt: string;
}

export interface DocumentTemplate {
  id: number;
  kind: DocumentKind;
  templateVersion: number;
  title: string;
  body: string;
  createdAt: string;
  actor: string;
}

export interface MatchDocument extends BaseRecord {
  matchId: number;
  templateId: number;
  /** JSON of the placeholder values as filled in, so the document can be made again identically. */
  values: string;
  status: 'aangemaakt' | 'afgedrukt' | 'ondertekend';
  signedDate: string | null;
  /** The signed copy, scanned. */
  scanFileId: number | null;
}

const text = (length: number) => ({ type: 'varchar' as const, length, nullable: true });

export const MatchEntity = new EntitySchema<Match>({
  name: 'match',
  columns: {
    ...baseColumns,
    requestingFamilyId: { type: 'integer', foreignKey: { target: 'family' } },
    supportFamilyId: { type: 'integer', foreignKey: { target: 'family' } },
    municipalityId: { type: 'integer', foreignKey: { target: 'municipality' } },
    coordinatorId: { type: 'integer', nullable: true, foreignKey: { target: 'coordinator' } },
    status: { type: 'varchar', length: 20 },
    supportKinds: { type: 'varchar', length: 100, default: '' },
    supportOther: text(200),
    frequency: text(200),
    agreements: { type: 'text', nullable: true },
    proposedDate: { type: 'varchar', length: 10 },
    startDate: text(10),
    endDate: text(10),
    endReason: text(30),
    endReasonText: text(300),
    childResults: text(200),
    parentResults: text(200),
    professionalHelp: text(30),
  },
  indices: [
    { name: 'IDX_match_municipality', columns: ['municipalityId', 'status'] },
    { name: 'IDX_match_families', columns: ['requestingFamilyId', 'supportFamilyId'] },
    { name: 'IDX_match_support_family', columns: ['supportFamilyId'] },
  ],
  checks: [{ expression: `"requestingFamilyId" <> "supportFamilyId"` }],
});

export const MatchStatusChangeEntity = new EntitySchema<MatchStatusChange>({
  name: 'match_status_change',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    matchId: { type: 'integer', foreignKey: { target: 'match', onDelete: 'CASCADE' } },
    at: { type: 'varchar', length: 30 },
    date: { type: 'varchar', length: 10 },
    actor: { type: 'varchar', length: 100 },
    fromStatus: text(20),
    toStatus: { type: 'varchar', length: 20 },
    reason: { type: 'text', nullable: true },
  },
  indices: [{ name: 'IDX_match_status_change_match', columns: ['matchId'] }],
});

export const MatchEvaluationEntity = new EntitySchema<MatchEvaluation>({
  name: 'match_evaluation',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    matchId: { type: 'integer', foreignKey: { target: 'match', onDelete: 'CASCADE' } },
    sequence: { type: 'integer' },
    heldDate: { type: 'varchar', length: 10 },
    outcome: { type: 'varchar', length: 10 },
    notes: { type: 'text', nullable: true },
    createdAt: { type: 'varchar', length: 30 },
  },
  indices: [{ name: 'UQ_match_evaluation', columns: ['matchId', 'sequence'], unique: true }],
  checks: [{ expression: `"outcome" IN ('doorgaan', 'aanpassen', 'stoppen')` }],
});

export const DocumentTemplateEntity = new EntitySchema<DocumentTemplate>({
  name: 'document_template',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    kind: { type: 'varchar', length: 12 },
    templateVersion: { type: 'integer' },
    title: { type: 'varchar', length: 100 },
    body: { type: 'text' },
    createdAt: { type: 'varchar', length: 30 },
    actor: { type: 'varchar', length: 100 },
  },
  indices: [{ name: 'UQ_document_template', columns: ['kind', 'templateVersion'], unique: true }],
  checks: [{ expression: `"kind" IN ('contract', 'huisregels')` }],
});

export const MatchDocumentEntity = new EntitySchema<MatchDocument>({
  name: 'match_document',
  columns: {
    ...baseColumns,
    matchId: { type: 'integer', foreignKey: { target: 'match', onDelete: 'CASCADE' } },
    templateId: { type: 'integer', foreignKey: { target: 'document_template' } },
    values: { type: 'text' },
    status: { type: 'varchar', length: 12 },
    signedDate: text(10),
    scanFileId: storedFileReference,
  },
  indices: [{ name: 'IDX_match_document_match', columns: ['matchId'] }],
  checks: [{ expression: `"status" IN ('aangemaakt', 'afgedrukt', 'ondertekend')` }],
});
