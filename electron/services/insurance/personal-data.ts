import { ERASED, NEXT_VERSION, rowsWhere, type PersonalData } from '../privacy/personal-data';

/**
 * Policies taken out in the family's name, and incidents in its matches with their documents.
 * Erasure keeps an incident's date, policy, status and amount; its description and the names its
 * documents were attached under can name the family, and the insurer's claim number leads to its file.
 */
export const insurancePersonalData: Record<string, PersonalData> = {
  // Ids only: that a policy covered the family.
  insurance_policy_family: rowsWhere('insurance_policy_family', 'familyId', 'family', 'keep'),
  insurance_incident: rowsWhere('insurance_incident', 'id', 'incident', {
    set: { description: ERASED, claimNumber: null, version: NEXT_VERSION },
  }),
  insurance_incident_document: rowsWhere('insurance_incident_document', 'incidentId', 'incident', {
    set: { fileName: ERASED, fileId: null },
  }),
};
