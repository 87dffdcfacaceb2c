import { COVER_KIND_LABELS, INCIDENT_STATUS_LABELS, TAKEN_OUT_BY_LABELS } from '../insurance';
import { choice, date, hidden, money, note, text, yesNo, type HistoryFields } from './field';

export const POLICY_HISTORY = {
  insurer: text('Verzekeraar'),
  policyNumber: text('Polisnummer'),
  coverKind: choice('Dekking', COVER_KIND_LABELS),
  coverOther: text('Andere dekking'),
  takenOutBy: choice('Afgesloten door', TAKEN_OUT_BY_LABELS),
  allMunicipalities: yesNo('Geldt voor alle gemeenten'),
  municipalities: text('Gemeenten'),
  families: text('Op naam verzekerde steungezinnen'),
  startDate: date('Ingangsdatum'),
  endDate: date('Einddatum'),
  insuredAmounts: text('Verzekerde bedragen'),
  contactName: text('Contactpersoon verzekeraar'),
  contactEmail: text('E-mail'),
  contactPhone: text('Telefoon'),
  notes: note('Notities'),
  hasConditions: yesNo('Voorwaarden'),
  endsSoon: yesNo('Loopt binnenkort af'),
} satisfies HistoryFields;

export const INCIDENT_HISTORY = {
  date: date('Datum'),
  matchId: hidden,
  families: text('Koppeling'),
  policyId: hidden,
  policy: text('Polis'),
  description: note('Wat er gebeurde'),
  claimNumber: text('Schadenummer'),
  status: choice('Status', INCIDENT_STATUS_LABELS),
  amountCents: money('Bedrag'),
  documents: text('Documenten'),
} satisfies HistoryFields;
