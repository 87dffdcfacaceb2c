import type { Dispatch } from '../../electron/main/ipc/dispatch';
import type { ApiResponse } from '../../shared/api/errors';
import type { RegistrationCreateValues } from '../../shared/api/registrations';

export function data<T>(response: ApiResponse<unknown>): T {
  if (!response.ok) throw new Error(`expected success, got ${JSON.stringify(response.error)}`);
  return response.data as T;
}

export const municipality = (name: string, postcodeRanges: string, coordinatorIds: number[] = []) => ({
  name,
  province: null,
  email: '',
  phone: '',
  notes: '',
  coordinatorIds,
  postcodeRanges,
  places: '',
});

/** A vraaggezin as a backoffice employee would type it. */
export function vraaggezin(overrides: Partial<RegistrationCreateValues['family']> = {}): RegistrationCreateValues {
  return {
    family: {
      kind: 'vraag',
      street: 'Kerkstraat',
      houseNumber: '12',
      houseNumberAddition: '',
      postcode: '2011ab',
      place: 'Haarlem',
      phone: '0612345678',
      email: 'jansen@voorbeeld.nl',
      municipalityId: null,
      notes: '',
      people: [
        { firstName: 'Marieke', lastName: 'Jansen', birthDate: '1988-04-02', role: 'ouder' },
        { firstName: 'Daan', lastName: 'Jansen', birthDate: '2016-09-30', role: 'kind' },
      ],
      ...overrides,
    },
    registration: {
      receivedDate: '2026-11-02',
      channel: 'verwijzer',
      referrerOrganisation: 'Wijkteam Haarlem-Oost',
      referrerType: 'wijkteam',
      referrerContact: 'Petra de Wit',
      question: 'Moeder is overbelast en zoekt rust.',
    },
    existingFamilyId: null,
    acceptDuplicate: false,
  };
}

/** Haarlem (coordinator Sanne) and Zandvoort (coordinator Piet), with their postcode ranges. */
export async function workArea(dispatch: Dispatch) {
  const sanne = data<{ id: number }>(
    await dispatch('coordinators.create', { name: 'Sanne de Vries', email: '', phone: '', notes: '' }),
  );
  const piet = data<{ id: number }>(
    await dispatch('coordinators.create', { name: 'Piet Bakker', email: '', phone: '', notes: '' }),
  );
  const haarlem = data<{ id: number }>(
    await dispatch('municipalities.create', municipality('Haarlem', '2000-2039, 2060-2099', [sanne.id])),
  );
  const zandvoort = data<{ id: number }>(
    await dispatch('municipalities.create', municipality('Zandvoort', '2040-2042', [piet.id])),
  );
  return { sanne: sanne.id, piet: piet.id, haarlem: haarlem.id, zandvoort: zandvoort.id };
}
