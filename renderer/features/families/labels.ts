import { fieldLabels } from '../../../shared/api/history/field';
import { FAMILY_HISTORY } from '../../../shared/api/history/registrations';

/** A family's fields by name for the form's clash notice: the history's labels, and the form's own names. */
export const FAMILY_LABELS: Record<string, string> = {
  ...fieldLabels(FAMILY_HISTORY),
  municipalityId: 'Gemeente',
};
