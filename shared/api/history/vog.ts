import { VOG_STATUS_LABELS } from '../../domain/vog/status';
import { choice, date, hidden, number, note, text, yesNo, type HistoryFields } from './field';

export const VOG_HISTORY = {
  personId: hidden,
  name: text('Naam'),
  birthDate: date('Geboortedatum'),
  familyId: hidden,
  familyName: text('Gezin'),
  email: text('E-mail'),
  municipalityId: hidden,
  municipalityName: text('Gemeente'),
  status: choice('Status', VOG_STATUS_LABELS),
  requestedDate: date('Aangevraagd op'),
  daysWaiting: number('Dagen in aanvraag'),
  requestOverdue: yesNo('Aanvraag te lang onderweg'),
  requestReference: text('Kenmerk'),
  freeScheme: yesNo('Gratis VOG'),
  issueDate: date('Afgegeven op'),
  validUntil: date('Geldig tot'),
  renewBefore: date('Vernieuwen vóór'),
  expiresSoon: yesNo('Verloopt binnenkort'),
  expired: yesNo('Verlopen'),
  checkedBy: text('Gecontroleerd door'),
  screeningProfile: text('Screeningsprofiel'),
  decisionDate: date('Besluit op'),
  notes: note('Notities'),
  hasScan: yesNo('Scan bewaard'),
} satisfies HistoryFields;
