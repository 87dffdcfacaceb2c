import { rowsWhere, type PersonalData } from '../privacy/personal-data';

/** Policies taken out in the family's name, and incidents in its matches with their documents. */
export const insurancePersonalData: Record<string, PersonalData> = {
  insurance_policy_family: rowsWhere('insurance_policy_family', 'familyId', 'family'),
  insurance_incident: rowsWhere('insurance_incident', 'id', 'incident'),
  insurance_incident_document: rowsWhere('insurance_incident_document', 'incidentId', 'incident'),
};
