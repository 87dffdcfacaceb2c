import { fieldLabels } from '../../../shared/api/history/field';
import { COORDINATOR_HISTORY, MUNICIPALITY_HISTORY } from '../../../shared/api/history/municipalities';

/** Fields by name for the forms' clash notices: the history's labels, and the forms' own names. */
export const MUNICIPALITY_LABELS: Record<string, string> = {
  ...fieldLabels(MUNICIPALITY_HISTORY),
  coordinatorIds: 'Coördinatoren',
};

export const COORDINATOR_LABELS: Record<string, string> = fieldLabels(COORDINATOR_HISTORY);
