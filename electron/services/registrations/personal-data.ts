import { rowsWhere, type PersonalData } from '../privacy/personal-data';

/** The family itself, its people, its registrations and their status paths. */
export const registrationPersonalData: Record<string, PersonalData> = {
  family: rowsWhere('family', 'id', 'family'),
  person: rowsWhere('person', 'familyId', 'family'),
  registration: rowsWhere('registration', 'familyId', 'family'),
  registration_status_change: rowsWhere('registration_status_change', 'registrationId', 'registration'),
};
