import { sql } from '../../db/sql';
import { ERASED, NEXT_VERSION, rowsWhere, type PersonalData } from '../privacy/personal-data';
import { personKeys } from './families';

/**
 * The family itself, its people, its registrations and their status paths. Erasure keeps kind,
 * municipality, place, the postcode's four digits (the postcode area), dates, channel, referrer's
 * organisation and kind, status path: what the registration figures and the matches' waiting times
 * count. It removes names, the full birth date, street and house number, phone, e-mail, notes, the
 * question, the referrer's contact person and the import's content hash of the row (made from the
 * person's own data, it would find them again).
 */
export const registrationPersonalData: Record<string, PersonalData> = {
  family: rowsWhere('family', 'id', 'family', {
    set: {
      street: ERASED,
      houseNumber: '',
      houseNumberAddition: null,
      postcode: sql`substr("postcode", 1, 4)`,
      phone: null,
      email: null,
      notes: null,
      version: NEXT_VERSION,
    },
  }),
  person: rowsWhere('person', 'familyId', 'family', {
    set: {
      firstName: ERASED,
      lastName: ERASED,
      ...personKeys({ firstName: ERASED, lastName: ERASED }),
      // The year alone: enough for an age in figures, while the full date would still single out
      // a child once the name is gone.
      birthDate: sql`substr("birthDate", 1, 4) || '-01-01'`,
    },
  }),
  registration: rowsWhere('registration', 'familyId', 'family', {
    set: { referrerContact: null, question: null, referredTo: null, importKey: null, version: NEXT_VERSION },
  }),
  registration_status_change: rowsWhere('registration_status_change', 'registrationId', 'registration', {
    set: { reason: null },
  }),
};
