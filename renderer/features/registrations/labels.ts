import type { StatusChangeDto } from '../../../shared/api/registrations';
import { STATUS_LABELS, type RegistrationStatus } from '../../../shared/domain/registrations/status';

export const STATUS_COLORS: Record<RegistrationStatus, string> = {
  nieuw: 'blue',
  in_behandeling: 'yellow',
  doorgezet: 'teal',
  wachtlijst: 'grape',
  doorverwezen: 'cyan',
  afgewezen: 'gray',
  ingetrokken: 'gray',
};

export const REGISTRATION_LABELS: Record<string, string> = {
  receivedDate: 'Datum van aanmelding',
  channel: 'Kanaal',
  referrerOrganisation: 'Verwijzer',
  referrerType: 'Soort verwijzer',
  referrerContact: 'Contactpersoon',
  question: 'Vraag of motivatie',
  status: 'Status',
  referredTo: 'Doorverwezen naar',
  municipality: 'Gemeente',
  coordinator: 'Coördinator',
  duplicateSuspected: 'Mogelijk dubbel',
  family: 'Gezin',
};

export function describeChange(change: StatusChangeDto): string {
  const to = STATUS_LABELS[change.to];
  return change.from ? `${STATUS_LABELS[change.from]} → ${to}` : `Aangemeld (${to})`;
}
