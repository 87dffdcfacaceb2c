import {
  CHILD_RESULT_LABELS,
  PARENT_RESULT_LABELS,
  PROFESSIONAL_HELP_LABELS,
  SUPPORT_KIND_LABELS,
} from '../../domain/matches/results';
import { END_REASON_LABELS, MATCH_STATUS_LABELS } from '../../domain/matches/status';
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from '../matches';
import { choice, choices, date, number, note, text, type HistoryFields } from './field';

export const MATCH_HISTORY = {
  status: choice('Status', MATCH_STATUS_LABELS),
  requestingFamily: text('Vraaggezin'),
  supportFamily: text('Steungezin'),
  coordinator: text('Coördinator'),
  children: text('Kinderen'),
  supportKinds: choices('Steun', SUPPORT_KIND_LABELS),
  supportOther: note('Andere steun'),
  frequency: text('Hoe vaak'),
  agreements: note('Afspraken'),
  proposedDate: date('Voorgesteld op'),
  startDate: date('Begin proefperiode'),
  trialEnd: date('Einde proefperiode'),
  guidanceEnd: date('Einde begeleiding'),
  endDate: date('Einddatum'),
  endReason: choice('Reden einde', END_REASON_LABELS),
  endReasonText: note('Toelichting'),
  childResults: choices('Resultaten kinderen', CHILD_RESULT_LABELS),
  parentResults: choices('Resultaten ouders', PARENT_RESULT_LABELS),
  professionalHelp: choice('Professionele hulp', PROFESSIONAL_HELP_LABELS),
  evaluations: text('Evaluaties'),
} satisfies HistoryFields;

export const DOCUMENT_HISTORY = {
  kind: choice('Soort', DOCUMENT_KIND_LABELS),
  templateVersion: number('Versie van de tekst'),
  status: choice('Status', DOCUMENT_STATUS_LABELS),
  signedDate: date('Ondertekend op'),
  scan: text('Scan'),
} satisfies HistoryFields;

export const TEMPLATE_HISTORY = {
  kind: choice('Soort', DOCUMENT_KIND_LABELS),
  templateVersion: number('Versie'),
  title: text('Titel'),
  length: text('Tekst'),
  actor: text('Opgeslagen door'),
} satisfies HistoryFields;
