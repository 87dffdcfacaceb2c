import { RETENTION_KIND_INFO, RETENTION_KINDS, retentionField } from '../../domain/privacy/retention';
import { ROLE_LABELS } from '../access';
import { choices, number, text, yesNo, type HistoryFields } from './field';

export const SETTINGS_HISTORY = {
  overdueDays: number('Aanmelding te lang in behandeling na (dagen)'),
  vogAllAdults: yesNo('VOG voor alle huisgenoten van 18 jaar en ouder'),
  vogRequestWeeks: number('VOG-aanvraag te lang na (weken)'),
  vogNewMatchMonths: number('VOG voor een nieuwe koppeling hoogstens (maanden) oud'),
  vogRenewYears: number('VOG vernieuwen elke (jaren)'),
  ...Object.fromEntries(
    RETENTION_KINDS.flatMap((kind) => [
      [retentionField(kind, 'months'), number(`Bewaartermijn ${RETENTION_KIND_INFO[kind].label} (maanden)`)],
      [retentionField(kind, 'reason'), text(`Reden bewaartermijn ${RETENTION_KIND_INFO[kind].label}`)],
    ]),
  ),
} satisfies HistoryFields;

export const ACCOUNT_HISTORY = {
  login: text('Gebruikersnaam'),
  name: text('Naam'),
  roles: choices('Rollen', ROLE_LABELS),
  enabled: yesNo('Mag aanmelden'),
} satisfies HistoryFields;
