import { rowsWhere, type PersonalData } from '../privacy/personal-data';

/** The VOG register of the family's adults, with its history. */
export const vogPersonalData: Record<string, PersonalData> = {
  vog: rowsWhere('vog', 'personId', 'person'),
  vog_status_change: rowsWhere('vog_status_change', 'vogId', 'vog'),
};
