import type { AuditedEntity } from '../../../shared/api/audit';
import { SETTINGS_ID } from '../../db/entities/AppSettings';
import { ORGANISATION_ID } from '../../db/entities/Organisation';
import { getAccount } from '../accounts/accounts';
import type { ServiceContext } from '../context';
import { importBatchView } from '../imports/imports';
import { incidentView } from '../insurance/incidents';
import { policyAuditView } from '../insurance/policies';
import { contractAuditView } from '../invoicing/contracts';
import { invoiceAuditView } from '../invoicing/invoices';
import { organisationAuditView } from '../invoicing/organisation';
import { documentAuditView } from '../matches/documents';
import { matchAuditView } from '../matches/matches';
import { templateAuditView } from '../matches/templates';
import { getCoordinator } from '../municipalities/coordinators';
import { getMunicipality } from '../municipalities/municipalities';
import { retentionAuditView } from '../privacy/retention-rules';
import { registrationAuditView } from '../registrations/audit-view';
import { familyAuditView } from '../registrations/family-edit';
import { getSettings } from '../settings/settings';
import { vogAuditView } from '../vog/vog';

/**
 * The kinds of which there is one record, with its id: their commands name no id, yet the trail
 * reads the record before the command as for any other, so it keeps only what changed.
 */
export const SINGLE_RECORDS: Partial<Record<AuditedEntity, number>> = {
  settings: SETTINGS_ID,
  organisation: ORGANISATION_ID,
};

/** How the audit trail reads each kind of record before and after a command. */
export const auditLoaders: Record<AuditedEntity, (ctx: ServiceContext, id: number) => Promise<object>> = {
  account: getAccount,
  municipality: (ctx, id) => getMunicipality(ctx, { id }),
  coordinator: (ctx, id) => getCoordinator(ctx.manager, id),
  // The retention schedule is part of the settings (Instellingen › Bewaartermijnen).
  settings: async (ctx) => ({ ...(await getSettings(ctx)), ...(await retentionAuditView(ctx)) }),
  registration: registrationAuditView,
  import: importBatchView,
  family: familyAuditView,
  organisation: (ctx) => organisationAuditView(ctx),
  contract: contractAuditView,
  invoice: invoiceAuditView,
  match: matchAuditView,
  document: documentAuditView,
  template: templateAuditView,
  vog: vogAuditView,
  policy: policyAuditView,
  incident: async (ctx, id) => {
    const { documents, ...incident } = await incidentView(ctx, id);
    return { ...incident, documents: documents.map((d) => d.fileName).join(', ') };
  },
};
