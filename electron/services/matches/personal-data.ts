import { NEXT_VERSION, rowsWhere, type PersonalData } from '../privacy/personal-data';

/**
 * The family's matches, with the children in them, their status paths, evaluations and documents.
 * Erasure keeps what the half-year reports and Cijfers count (dates, status path, kinds of support,
 * end reason, results, professional help, evaluation outcomes) and empties every free text: written
 * about the families, it can name them. A match belongs to both families, so erasing either one
 * empties them.
 */
export const matchPersonalData: Record<string, PersonalData> = {
  match: rowsWhere('match', 'id', 'match', {
    set: { supportOther: null, frequency: null, agreements: null, endReasonText: null, version: NEXT_VERSION },
  }),
  // Ids only: which children took part counts in the figures; their names go with the person rows.
  match_child: rowsWhere('match_child', 'matchId', 'match', 'keep'),
  match_status_change: rowsWhere('match_status_change', 'matchId', 'match', { set: { reason: null } }),
  match_evaluation: rowsWhere('match_evaluation', 'matchId', 'match', { set: { notes: null } }),
  // The values a contract or huisregels was printed with hold the families' names and addresses; the
  // signed scan itself is deleted with the other attachments (stored_file).
  match_document: rowsWhere('match_document', 'matchId', 'match', {
    set: { values: '{}', scanFileId: null, version: NEXT_VERSION },
  }),
};
