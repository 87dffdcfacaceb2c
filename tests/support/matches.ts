import type { Dispatch } from '../../electron/main/ipc/dispatch';
import type { MatchFormValues } from '../../shared/api/matches';
import type { RegistrationDto } from '../../shared/api/registrations';
import { addDays } from '../../shared/domain/dates';
import { data, vraaggezin, workArea } from './registrations';

/** Requests and receives a VOG, issued on `issueDate`, for each of these people. */
export async function screen(dispatch: Dispatch, personIds: number[], issueDate: string): Promise<void> {
  for (const id of personIds) {
    await dispatch('vog.change', { id, version: 0, to: 'aangevraagd', date: addDays(issueDate, -14) }).then(data);
    await dispatch('vog.change', {
      id,
      version: 1,
      to: 'ontvangen',
      date: issueDate,
      issueDate,
      checkedBy: 'Backoffice',
    }).then(data);
  }
}

/** Familie Jansen (mother and two children) asks; Familie de Boer (two adults, VOGs of 1 October 2026) supports, in Haarlem. */
export async function matchFamilies(dispatch: Dispatch, options: { screened: boolean } = { screened: true }) {
  const area = await workArea(dispatch);
  const requesting = data<RegistrationDto>(
    await dispatch(
      'registrations.create',
      vraaggezin({
        municipalityId: area.haarlem,
        people: [
          { firstName: 'Marieke', lastName: 'Jansen', birthDate: '1988-04-02', role: 'ouder' },
          { firstName: 'Daan', lastName: 'Jansen', birthDate: '2016-09-30', role: 'kind' },
          { firstName: 'Lotte', lastName: 'Jansen', birthDate: '2019-02-14', role: 'kind' },
        ],
      }),
    ),
  );
  const support = data<RegistrationDto>(
    await dispatch('registrations.create', {
      ...vraaggezin({
        kind: 'steun',
        street: 'Zijlweg',
        houseNumber: '88',
        postcode: '2013DK',
        email: 'deboer@voorbeeld.nl',
        phone: '0623456789',
        municipalityId: area.haarlem,
        people: [
          { firstName: 'Joost', lastName: 'de Boer', birthDate: '1975-06-01', role: 'ouder' },
          { firstName: 'Anna', lastName: 'de Boer', birthDate: '1977-11-20', role: 'ouder' },
        ],
      }),
      registration: {
        receivedDate: '2026-09-01',
        channel: 'zelf',
        referrerOrganisation: '',
        referrerType: null,
        referrerContact: '',
        question: '',
      },
    }),
  );
  if (options.screened)
    await screen(
      dispatch,
      support.family.people.map((p) => p.id),
      '2026-10-01',
    );
  const children = requesting.family.people.filter((p) => p.role === 'kind').map((p) => p.id);
  const proposal: MatchFormValues = {
    requestingFamilyId: requesting.family.id,
    supportFamilyId: support.family.id,
    municipalityId: area.haarlem,
    coordinatorId: area.sanne,
    childIds: children,
    supportKinds: ['vaste_middag', 'logeren'],
    supportOther: '',
    frequency: 'elke woensdagmiddag en één weekend per maand',
    agreements: 'Daan en Lotte worden om 13.00 uur opgehaald bij school.',
    proposedDate: '2026-11-03',
  };
  return { ...area, requesting: requesting.family, support: support.family, children, proposal };
}
