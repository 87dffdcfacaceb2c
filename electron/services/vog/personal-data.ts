import { NEXT_VERSION, rowsWhere, type PersonalData } from '../privacy/personal-data';

/**
 * The VOG register of the family's adults, with its history. Erasure keeps the register's facts
 * (status, dates, screening profile, who of the foundation checked it) and removes Justis' reference
 * of the request, the notes (a refusal's reasons among them) and the scan.
 */
export const vogPersonalData: Record<string, PersonalData> = {
  vog: rowsWhere('vog', 'personId', 'person', {
    set: { requestReference: null, notes: null, scanFileId: null, version: NEXT_VERSION },
  }),
  vog_status_change: rowsWhere('vog_status_change', 'vogId', 'vog', { set: { notes: null } }),
};
