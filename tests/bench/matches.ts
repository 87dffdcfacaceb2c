import type { DataSource } from 'typeorm';
import { select, sql } from '../../electron/db/sql';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import type { MatchDto } from '../../shared/api/matches';
import type { RegistrationDto } from '../../shared/api/registrations';
import { addDays } from '../../shared/domain/dates';
import { measure, type Measurement } from './harness';
import { size } from './size';

async function ok<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const response = await dispatch(name, input);
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
  return response.data as T;
}

const family = (kind: 'vraag' | 'steun', k: number, municipalityId: number) => ({
  family: {
    kind,
    street: kind === 'vraag' ? 'Kerkstraat' : 'Zijlweg',
    houseNumber: String(k + 1),
    houseNumberAddition: '',
    postcode: '2011AB',
    place: 'Haarlem',
    phone: '',
    email: '',
    municipalityId,
    notes: '',
    people:
      kind === 'vraag'
        ? [
            { firstName: 'Moeder', lastName: `Vraag${k}`, birthDate: '1988-04-02', role: 'ouder' },
            { firstName: 'Kind', lastName: `Vraag${k}`, birthDate: '2016-09-30', role: 'kind' },
          ]
        : [
            { firstName: 'Ouder', lastName: `Steun${k}`, birthDate: '1975-06-01', role: 'ouder' },
            { firstName: 'Partner', lastName: `Steun${k}`, birthDate: '1977-11-20', role: 'ouder' },
          ],
  },
  registration: {
    receivedDate: addDays('2025-01-06', k % 300),
    channel: 'zelf',
    referrerOrganisation: '',
    referrerType: null,
    referrerContact: '',
    question: '',
  },
  existingFamilyId: null,
  acceptDuplicate: true,
});

/**
 * 500 matches (the full run's size) in one municipality, entered through the app's operations (the steunouders' VOGs
 * included) and moved along their path (a third ended with results), then the documents and the
 * half-year report.
 */
export async function benchMatches(
  dataSource: DataSource,
  dispatch: Dispatch,
  municipalityId: number,
): Promise<Measurement[]> {
  let sample: MatchDto | null = null;
  for (let k = 0; k < size.matches; k++) {
    const requesting = await ok<RegistrationDto>(dispatch, 'registrations.create', family('vraag', k, municipalityId));
    const support = await ok<RegistrationDto>(dispatch, 'registrations.create', family('steun', k, municipalityId));
    let match = await ok<MatchDto>(dispatch, 'matches.create', {
      requestingFamilyId: requesting.family.id,
      supportFamilyId: support.family.id,
      municipalityId,
      coordinatorId: null,
      childIds: requesting.family.people.filter((p) => p.role === 'kind').map((p) => p.id),
      supportKinds: ['vaste_middag'],
      supportOther: '',
      frequency: 'elke week',
      agreements: '',
      proposedDate: addDays('2025-01-10', k % 300),
    });
    const start = addDays(match.proposedDate, 20);
    for (const person of support.family.people) {
      await ok(dispatch, 'vog.change', { id: person.id, version: 0, to: 'aangevraagd', date: addDays(start, -40) });
      await ok(dispatch, 'vog.change', {
        id: person.id,
        version: 1,
        to: 'ontvangen',
        date: addDays(start, -10),
        issueDate: addDays(start, -12),
        checkedBy: 'Backoffice',
      });
    }
    const step = async (to: string, date: string, extra: object = {}) => {
      match = await ok<MatchDto>(dispatch, 'matches.changeStatus', {
        id: match.id,
        version: match.version,
        to,
        date,
        reason: '',
        ...extra,
      });
    };
    await step('kennismaking', addDays(match.proposedDate, 7));
    await step('proefperiode', start);
    if (k % 3 === 0) {
      match = await ok<MatchDto>(dispatch, 'matches.recordEvaluation', {
        id: match.id,
        version: match.version,
        sequence: 0,
        heldDate: match.trialEnd,
        outcome: 'doorgaan',
        notes: '',
      });
      await step('actief', match.trialEnd!);
      await step('afgerond', addDays(match.trialEnd!, 120), {
        results: {
          childResults: ['sociaal', 'zelfvertrouwen'],
          parentResults: ['rust'],
          professionalHelp: 'afgeschaald',
        },
      });
    } else if (k % 7 === 0) {
      await step('voortijdig_beeindigd', addDays(start, 30), { endReason: 'verhuizing' });
    }
    sample ??= match;
  }
  const runs = size.runs(30);
  const generate = await measure(runs, async () => {
    const { id } = await ok<{ id: number }>(dispatch, 'documents.generate', { matchId: sample!.id, kind: 'contract' });
    await ok(dispatch, 'documents.pdf', { id });
  });
  const report = await measure(runs, () =>
    ok(dispatch, 'matches.halfYearReport', { municipalityId, year: 2025, half: 2 }),
  );
  const reportFloor = await measure(runs, () =>
    select(
      dataSource.manager,
      sql`SELECT "m".*,
        (SELECT MIN("r"."receivedDate") FROM "registration" "r" WHERE "r"."familyId" = "m"."requestingFamilyId") AS "receivedDate"
      FROM "match" "m" WHERE "m"."municipalityId" = ${municipalityId}`,
    ),
  );
  const agenda = await measure(runs, () =>
    ok(dispatch, 'matches.agenda', { from: '2025-01-01', to: '2026-12-31', municipalityId: null, coordinatorId: null }),
  );
  const list = await measure(runs, () => ok(dispatch, 'matches.list', { municipalityId: null }));
  const listFloor = await measure(runs, () =>
    select(dataSource.manager, sql`SELECT * FROM "match" ORDER BY "id" DESC`),
  );
  return [
    { name: 'contract made and rendered as PDF (documents.generate + documents.pdf)', runs, ...generate },
    {
      name: `half-year report of a municipality with ${size.matches} matches (matches.halfYearReport, PDF)`,
      runs,
      ...report,
      floor: reportFloor,
    },
    { name: 'Agenda over two years, all municipalities (matches.agenda)', runs, ...agenda },
    {
      name: `matches.list, ${size.matches} matches with family names and next evaluation`,
      runs,
      ...list,
      floor: listFloor,
    },
  ];
}
