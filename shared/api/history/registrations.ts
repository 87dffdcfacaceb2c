import { FAMILY_KIND_LABELS } from '../../domain/families';
import { STATUS_LABELS } from '../../domain/registrations/status';
import { CHANNEL_LABELS, REFERRER_TYPE_LABELS } from '../registrations';
import { choice, date, number, note, text, yesNo, type HistoryFields } from './field';

export const REGISTRATION_HISTORY = {
  receivedDate: date('Datum van aanmelding'),
  channel: choice('Kanaal', CHANNEL_LABELS),
  referrerOrganisation: text('Verwijzer'),
  referrerType: choice('Soort verwijzer', REFERRER_TYPE_LABELS),
  referrerContact: text('Contactpersoon'),
  question: note('Vraag of motivatie'),
  status: choice('Status', STATUS_LABELS),
  referredTo: text('Doorverwezen naar'),
  duplicateSuspected: yesNo('Mogelijk dubbel'),
  family: text('Gezin'),
  municipality: text('Gemeente'),
  coordinator: text('Coördinator'),
} satisfies HistoryFields;

export const FAMILY_HISTORY = {
  kind: choice('Soort', FAMILY_KIND_LABELS),
  street: text('Straat'),
  houseNumber: text('Huisnummer'),
  houseNumberAddition: text('Toevoeging'),
  postcode: text('Postcode'),
  place: text('Plaats'),
  phone: text('Telefoon'),
  email: text('E-mail'),
  notes: note('Notities'),
  municipality: text('Gemeente'),
  people: text('Personen'),
} satisfies HistoryFields;

export const IMPORT_HISTORY = {
  fileName: text('Bestand'),
  importedRows: number('Ingelezen regels'),
  skippedRows: number('Overgeslagen regels'),
} satisfies HistoryFields;
