import type { OperationName } from '../contract';

/**
 * What each audited command did, as the heading of its history entry says it. A test holds this
 * to the handlers that declare `audits`.
 */
export const OPERATION_LABELS: Partial<Record<OperationName, string>> = {
  'accounts.create': 'Aangemaakt',
  'accounts.update': 'Gewijzigd',
  'accounts.resetPassword': 'Wachtwoord opnieuw ingesteld',
  'municipalities.create': 'Aangemaakt',
  'municipalities.update': 'Gewijzigd',
  'municipalities.setActive': 'Actief of inactief gezet',
  'coordinators.create': 'Aangemaakt',
  'coordinators.update': 'Gewijzigd',
  'coordinators.setActive': 'Actief of inactief gezet',
  'settings.update': 'Gewijzigd',
  'privacy.retentionUpdate': 'Bewaartermijnen gewijzigd',
  'registrations.create': 'Aangemaakt',
  'registrations.changeStatus': 'Status gewijzigd',
  'registrations.bulk': 'Gewijzigd in een bulkactie',
  'registrations.update': 'Gewijzigd',
  'registrations.resolveDuplicate': 'Mogelijk dubbel afgehandeld',
  'families.update': 'Gewijzigd',
  'imports.commit': 'Geïmporteerd',
  'organisation.update': 'Gewijzigd',
  'contracts.create': 'Aangemaakt',
  'contracts.update': 'Gewijzigd',
  'invoices.createFromInstalments': 'Conceptfactuur gemaakt',
  'invoices.updateConcept': 'Concept gewijzigd',
  'invoices.deleteConcept': 'Concept verwijderd',
  'invoices.finalize': 'Definitief gemaakt',
  'invoices.credit': 'Creditfactuur gemaakt',
  'invoices.markSent': 'Verzonden',
  'invoices.addPayment': 'Betaling geboekt',
  'invoices.removePayment': 'Betaling verwijderd',
  'invoices.reminder': 'Herinnering gemaakt',
  'matches.create': 'Aangemaakt',
  'matches.update': 'Gewijzigd',
  'matches.changeStatus': 'Status gewijzigd',
  'matches.recordEvaluation': 'Evaluatie vastgelegd',
  'documents.generate': 'Gemaakt',
  'documents.print': 'Afgedrukt',
  'documents.markSigned': 'Ondertekend ontvangen',
  'documents.attachScan': 'Scan bewaard',
  'templates.save': 'Opgeslagen',
  'vog.change': 'Status gewijzigd',
  'vog.bulkRequest': 'Aangevraagd in een bulkactie',
  'vog.attachScan': 'Scan bewaard',
  'vog.removeScan': 'Scan verwijderd',
  'vog.removeScansWithoutConsent': 'Scan zonder toestemming verwijderd',
  'policies.create': 'Aangemaakt',
  'policies.update': 'Gewijzigd',
  'policies.attachConditions': 'Voorwaarden bewaard',
  'incidents.create': 'Aangemaakt',
  'incidents.update': 'Gewijzigd',
  'incidents.attachDocument': 'Document bewaard',
};

/** An entry of a command no longer audited (or renamed) still says something true. */
export function operationLabel(operation: string): string {
  return OPERATION_LABELS[operation as OperationName] ?? 'Gewijzigd';
}
