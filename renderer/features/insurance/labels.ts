import { fieldLabels } from '../../../shared/api/history/field';
import { INCIDENT_HISTORY, POLICY_HISTORY } from '../../../shared/api/history/insurance';

/** A policy's fields by name for the form's clash notice: the history's labels, and the form's own names. */
export const POLICY_LABELS: Record<string, string> = {
  ...fieldLabels(POLICY_HISTORY),
  municipalityIds: 'Gemeenten',
  familyIds: 'Op naam verzekerde steungezinnen',
};

/** An incident's fields by name for the form's clash notice: the history's labels, and the form's own names. */
export const INCIDENT_LABELS: Record<string, string> = {
  ...fieldLabels(INCIDENT_HISTORY),
  matchId: 'Koppeling',
  policyId: 'Polis',
};
