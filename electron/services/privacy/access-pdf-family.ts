import type { Content } from 'pdfmake/interfaces';
import { date } from '../../../shared/api/history/field';
import { DOCUMENT_HISTORY, MATCH_HISTORY } from '../../../shared/api/history/matches';
import { FAMILY_HISTORY, REGISTRATION_HISTORY } from '../../../shared/api/history/registrations';
import { VOG_HISTORY } from '../../../shared/api/history/vog';
import { PERSON_ROLE_LABELS, type PersonRole } from '../../../shared/domain/families';
import { formatDate, formatDateTime } from '../../../shared/domain/format';
import { EVALUATION_OUTCOME_LABELS, type EvaluationOutcome } from '../../../shared/domain/matches/results';
import { evaluationLabel } from '../../../shared/domain/matches/schedule';
import { MATCH_STATUS_LABELS, type MatchStatus } from '../../../shared/domain/matches/status';
import { STATUS_LABELS, type RegistrationStatus } from '../../../shared/domain/registrations/status';
import type { AccessExport } from './access-export';
import { facts, labelled, note, shown, statusPath, subheading, table, type Row } from './access-pdf-layout';
import { fullName, peopleOf, type Names } from './access-pdf-names';

/*
 * The parts about the family's file: the family, its people, its registrations and its matches.
 * Shown are the fields the app's history names, under its labels; left out are the columns the app
 * keeps for itself: ids and keys to other records (shown as the names they stand for), `version`
 * (for concurrent editing), `createdAt`/`updatedAt`, the folded name keys and a registration's
 * `importKey` (a hash of the imported row; both only find duplicates and say nothing the names do
 * not), and a document's filled-in values (they repeat the families' names and the agreements). The
 * JSON export of the same request holds every one of them.
 */

type Records = AccessExport['records'];
const rowsOf = (records: Records, table: string): Row[] => records[table] ?? [];
const none = (text: string): Content[] => [note(text)];

export function familyPart(records: Records, names: Names): Content[] {
  return rowsOf(records, 'family').map((family) =>
    facts(labelled(family, FAMILY_HISTORY, { municipality: names.municipality(family.municipalityId) })),
  );
}

export function peoplePart(records: Records): Content[] {
  const people = rowsOf(records, 'person');
  if (people.length === 0) return none('Er staan geen personen bij dit gezin.');
  return [
    table(
      [
        { header: VOG_HISTORY.name.label, width: '*' },
        { header: 'Rol', width: 130 },
        { header: VOG_HISTORY.birthDate.label, width: 90 },
      ],
      people.map((person) => [
        fullName(person),
        PERSON_ROLE_LABELS[person.role as PersonRole] ?? String(person.role),
        formatDate(String(person.birthDate)),
      ]),
    ),
  ];
}

export function registrationsPart(records: Records, names: Names): Content[] {
  const registrations = rowsOf(records, 'registration');
  if (registrations.length === 0) return none('Er is geen aanmelding van dit gezin.');
  const changes = rowsOf(records, 'registration_status_change');
  return registrations.flatMap((registration) => [
    subheading(`Aanmelding van ${formatDate(String(registration.receivedDate))}`),
    facts(
      labelled(
        registration,
        // The day it went to the coordinator, which the history does not show on its own.
        { ...REGISTRATION_HISTORY, handedOverDate: date('Doorgezet op') },
        {
          municipality: names.municipality(registration.municipalityId),
          coordinator: names.coordinator(registration.coordinatorId),
        },
      ),
    ),
    ...statusPath(
      changes.filter((c) => Number(c.registrationId) === Number(registration.id)),
      {
        when: (c) => formatDateTime(String(c.at)),
        status: (code) => STATUS_LABELS[code as RegistrationStatus],
        why: 'reason',
      },
    ),
  ]);
}

export function matchesPart(records: Records, names: Names, familyId: number): Content[] {
  const matches = rowsOf(records, 'match');
  if (matches.length === 0) return none('Dit gezin is (nog) niet gekoppeld.');
  const people = peopleOf(records);
  const ofMatch = (table: string, match: Row) =>
    rowsOf(records, table).filter((row) => Number(row.matchId) === Number(match.id));
  return matches.flatMap((match) => {
    const requesting = Number(match.requestingFamilyId) === familyId;
    // The other family is named only by its kind: its data are its own, not part of this inzage.
    const children = ofMatch('match_child', match).map((child) => people.get(Number(child.personId)));
    const childNames = requesting
      ? children.map(fullName).join(', ')
      : `${children.length} ${children.length === 1 ? 'kind' : 'kinderen'} van het vraaggezin`;
    return [
      subheading(`Koppeling met een ${requesting ? 'steungezin' : 'vraaggezin'}`),
      facts([
        ...labelled(match, MATCH_HISTORY, {
          coordinator: names.coordinator(match.coordinatorId),
          children: childNames,
        }),
        [REGISTRATION_HISTORY.municipality.label, names.municipality(match.municipalityId)],
      ]),
      ...statusPath(ofMatch('match_status_change', match), {
        when: (c) => formatDate(String(c.date)),
        status: (code) => MATCH_STATUS_LABELS[code as MatchStatus],
        why: 'reason',
      }),
      ...evaluations(ofMatch('match_evaluation', match)),
      ...documents(ofMatch('match_document', match), names),
    ];
  });
}

function evaluations(held: Row[]): Content[] {
  if (held.length === 0) return [];
  return [
    table(
      [
        { header: 'Evaluatie', width: 150 },
        { header: 'Gehouden op', width: 75 },
        { header: 'Uitkomst', width: 70 },
        { header: 'Notities', width: '*' },
      ],
      held.map((evaluation) => [
        evaluationLabel(Number(evaluation.sequence)),
        formatDate(String(evaluation.heldDate)),
        EVALUATION_OUTCOME_LABELS[evaluation.outcome as EvaluationOutcome] ?? String(evaluation.outcome),
        typeof evaluation.notes === 'string' ? evaluation.notes : '',
      ]),
      'Evaluaties',
    ),
  ];
}

function documents(made: Row[], names: Names): Content[] {
  if (made.length === 0) return [];
  const { status, signedDate } = DOCUMENT_HISTORY;
  return [
    table(
      [
        { header: 'Document', width: '*' },
        { header: status.label, width: 140 },
        { header: signedDate.label, width: 90 },
        { header: VOG_HISTORY.hasScan.label, width: 75 },
      ],
      made.map((document) => [
        names.document(document.templateId),
        shown(status, document.status),
        shown(signedDate, document.signedDate),
        shown(VOG_HISTORY.hasScan, document.scanFileId !== null),
      ]),
      'Documenten',
    ),
  ];
}
