import { note, text, yesNo, type HistoryFields } from './field';

export const MUNICIPALITY_HISTORY = {
  name: text('Naam'),
  province: text('Provincie'),
  email: text('E-mail'),
  phone: text('Telefoon'),
  notes: note('Notities'),
  active: yesNo('Actief'),
  postcodeRanges: text('Werkgebied: postcodes'),
  places: text('Werkgebied: plaatsen'),
  coordinators: text('Coördinatoren'),
} satisfies HistoryFields;

export const COORDINATOR_HISTORY = {
  name: text('Naam'),
  email: text('E-mail'),
  phone: text('Telefoon'),
  notes: note('Notities'),
  active: yesNo('Actief'),
  municipalities: text('Gemeenten'),
} satisfies HistoryFields;
