import type { AuditedEntity } from '../audit';
import type { HistoryFields } from './field';
import { INCIDENT_HISTORY, POLICY_HISTORY } from './insurance';
import { CONTRACT_HISTORY, INVOICE_HISTORY, ORGANISATION_HISTORY } from './invoicing';
import { DOCUMENT_HISTORY, MATCH_HISTORY, TEMPLATE_HISTORY } from './matches';
import { COORDINATOR_HISTORY, MUNICIPALITY_HISTORY } from './municipalities';
import { FAMILY_HISTORY, IMPORT_HISTORY, REGISTRATION_HISTORY } from './registrations';
import { ACCOUNT_HISTORY, SETTINGS_HISTORY } from './settings';
import { VOG_HISTORY } from './vog';

/**
 * The fields of every audited kind of record, as its history shows them. Each kind's audit view
 * (electron/services/audit/loaders.ts) has exactly these fields; a test holds the two together. A
 * view keeps a value as the record holds it (ISO date, cents, code), so the history shows even old
 * entries in today's words; a list of related records it writes as one line in the user's notation.
 */
export const HISTORY_FIELDS: Record<AuditedEntity, HistoryFields> = {
  account: ACCOUNT_HISTORY,
  municipality: MUNICIPALITY_HISTORY,
  coordinator: COORDINATOR_HISTORY,
  settings: SETTINGS_HISTORY,
  registration: REGISTRATION_HISTORY,
  import: IMPORT_HISTORY,
  family: FAMILY_HISTORY,
  organisation: ORGANISATION_HISTORY,
  contract: CONTRACT_HISTORY,
  invoice: INVOICE_HISTORY,
  match: MATCH_HISTORY,
  document: DOCUMENT_HISTORY,
  template: TEMPLATE_HISTORY,
  vog: VOG_HISTORY,
  policy: POLICY_HISTORY,
  incident: INCIDENT_HISTORY,
};
