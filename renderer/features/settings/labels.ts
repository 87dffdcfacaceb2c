import { fieldLabels } from '../../../shared/api/history/field';
import { ORGANISATION_HISTORY } from '../../../shared/api/history/invoicing';
import { TEMPLATE_HISTORY } from '../../../shared/api/history/matches';
import { SETTINGS_HISTORY } from '../../../shared/api/history/settings';

/** The foundation's details by field name, as the form's clash notice shows them. */
export const ORGANISATION_LABELS: Record<string, string> = {
  ...fieldLabels(ORGANISATION_HISTORY),
  logoDataUrl: 'Logo',
};

/** The work settings by field name, as the form's clash notice shows them. */
export const SETTINGS_LABELS: Record<string, string> = fieldLabels(SETTINGS_HISTORY);

/** A template's fields by name, as the form's clash notice shows them. */
export const TEMPLATE_LABELS: Record<string, string> = {
  ...fieldLabels(TEMPLATE_HISTORY),
  body: 'Tekst',
};
