import { auditPersonalData } from '../audit/personal-data';
import { insurancePersonalData } from '../insurance/personal-data';
import { matchPersonalData } from '../matches/personal-data';
import { registrationPersonalData } from '../registrations/personal-data';
import { vogPersonalData } from '../vog/personal-data';
import { rowsWhere, type PersonalData } from './personal-data';

/**
 * Every table that holds personal data about a family, each as its own area registers it. A test
 * holds this to the entities: a table is here, or in `NO_FAMILY_DATA` with why.
 */
export const PERSONAL_DATA: Record<string, PersonalData> = {
  ...registrationPersonalData,
  ...matchPersonalData,
  ...vogPersonalData,
  ...insurancePersonalData,
  ...auditPersonalData,
  // The attachments: scans of VOGs and signed documents, incident documents. Erased last, once the
  // records above no longer point to them.
  stored_file: rowsWhere('stored_file', 'id', 'file', 'delete'),
};

/** Tables without data about a family: the foundation's own records, municipalities and finance. */
export const NO_FAMILY_DATA = [
  'app_settings',
  'organisation',
  'municipality',
  'municipality_coordinator',
  'coordinator',
  'municipality_contract',
  'contract_instalment',
  'invoice',
  'invoice_payment',
  'invoice_number_sequence',
  'document_template',
  'insurance_policy',
  'insurance_policy_municipality',
  // A file name and counts; the rows' content hashes sit on the registrations themselves.
  'import_batch',
  // That an erasure happened, when, by whom and why; never whose.
  'erasure_log',
  // The retention periods and when beheer ran them: the foundation's own rules.
  'retention_rule',
  'retention_run',
];
