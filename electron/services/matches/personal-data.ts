import { rowsWhere, type PersonalData } from '../privacy/personal-data';

/** The family's matches, with the children in them, their status paths, evaluations and documents. */
export const matchPersonalData: Record<string, PersonalData> = {
  match: rowsWhere('match', 'id', 'match'),
  match_child: rowsWhere('match_child', 'matchId', 'match'),
  match_status_change: rowsWhere('match_status_change', 'matchId', 'match'),
  match_evaluation: rowsWhere('match_evaluation', 'matchId', 'match'),
  match_document: rowsWhere('match_document', 'matchId', 'match'),
};
