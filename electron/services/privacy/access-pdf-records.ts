import type { Content } from 'pdfmake/interfaces';
import { FILE_KIND_LABELS, type AuditedEntity, type FieldChange } from '../../../shared/api/audit';
import { HISTORY_FIELDS } from '../../../shared/api/history';
import { INCIDENT_HISTORY } from '../../../shared/api/history/insurance';
import { operationLabel } from '../../../shared/api/history/operations';
import { VOG_HISTORY } from '../../../shared/api/history/vog';
import { formatDate, formatDateTime, formatFileSize } from '../../../shared/domain/format';
import { VOG_STATUS_LABELS, type VogStatus } from '../../../shared/domain/vog/status';
import type { AccessExport } from './access-export';
import { facts, labelled, note, statusPath, subheading, table, type Row } from './access-pdf-layout';
import { fullName, peopleOf, type Names } from './access-pdf-names';

/*
 * The parts about what surrounds the file: VOGs, insurance, the history, the inzagelog and the
 * attachments. As in access-pdf-family.ts, ids, versions and a file's hash and bytes are left out:
 * an attachment is listed, not embedded (it is in the JSON export, and the person may ask for it).
 */

type Records = AccessExport['records'];
const rowsOf = (records: Records, table: string): Row[] => records[table] ?? [];

/** Every kind of record the history names about a family, in the app's words. */
const RECORD_LABELS: Partial<Record<AuditedEntity, string>> = {
  ...FILE_KIND_LABELS,
  document: 'Document',
  incident: 'Incident',
};

export function vogPart(records: Records): Content[] {
  const vogs = rowsOf(records, 'vog');
  if (vogs.length === 0) return [note('Er is geen VOG vastgelegd voor iemand van dit gezin.')];
  const people = peopleOf(records);
  const changes = rowsOf(records, 'vog_status_change');
  return vogs.flatMap((vog) => {
    const path = changes.filter((change) => Number(change.vogId) === Number(vog.id));
    return [
      subheading(`VOG van ${fullName(people.get(Number(vog.personId)))}`),
      facts(labelled(vog, VOG_HISTORY, { hasScan: vog.scanFileId !== null })),
      ...statusPath(path, {
        when: (change) => formatDate(String(change.date)),
        status: (code) => VOG_STATUS_LABELS[code as VogStatus] ?? code,
        why: 'notes',
      }),
    ];
  });
}

export function insurancePart(records: Records, names: Names): Content[] {
  const policies = rowsOf(records, 'insurance_policy_family');
  const incidents = rowsOf(records, 'insurance_incident');
  if (policies.length === 0 && incidents.length === 0)
    return [note('Dit gezin staat niet op naam op een polis en er is geen incident gemeld.')];
  return [
    ...policies.map((policy) => facts([['Op naam verzekerd op', names.policy(policy.policyId)]])),
    ...incidents.flatMap((incident) => [
      subheading(`Incident van ${formatDate(String(incident.date))}`),
      facts(labelled(incident, INCIDENT_HISTORY, { policy: names.policy(incident.policyId) })),
    ]),
  ];
}

/** The history: who changed which fields of the family's records when, never the values. */
export function historyPart(records: Records): Content[] {
  const entries = rowsOf(records, 'audit_entry');
  if (entries.length === 0) return [note('Er is niets gewijzigd aan de gegevens van dit gezin.')];
  return [
    note('Wie wanneer iets vastlegde of wijzigde, en welke gegevens dat waren; hoe ze nu zijn, staat hierboven.'),
    table(
      [
        { header: 'Wanneer', width: 85 },
        { header: 'Wie', width: 80 },
        { header: 'Wat', width: 130 },
        { header: 'Gegevens', width: '*' },
      ],
      entries.map((entry) => {
        const type = entry.entityType as AuditedEntity;
        const fields = HISTORY_FIELDS[type] ?? {};
        const labels = (JSON.parse(String(entry.changes)) as FieldChange[]).flatMap(({ field }) => {
          const shown = fields[field];
          if (shown?.kind === 'hidden') return [];
          return [shown?.label ?? field];
        });
        return [
          formatDateTime(String(entry.at)),
          String(entry.actor),
          `${RECORD_LABELS[type] ?? type}: ${operationLabel(String(entry.operation)).toLowerCase()}`,
          labels.join(', '),
        ];
      }),
    ),
  ];
}

/** The inzagelog: who opened the family's files when (only when beheer made the overview). */
export function accessLogPart(records: Records): Content[] {
  const lines = rowsOf(records, 'access_log');
  if (lines.length === 0) return [note('Niemand heeft de dossiers van dit gezin geopend.')];
  return [
    table(
      [
        { header: 'Wanneer', width: 85 },
        { header: 'Wie', width: 130 },
        { header: 'Wat', width: '*' },
      ],
      lines.map((line) => [
        formatDateTime(String(line.at)),
        String(line.actor),
        `${FILE_KIND_LABELS[line.entityType as keyof typeof FILE_KIND_LABELS] ?? String(line.entityType)} geopend`,
      ]),
    ),
  ];
}

/** The files kept with the family's records, by name: what each is, its kind and size. */
export function attachmentsPart(records: Records, names: Names): Content[] {
  const files = rowsOf(records, 'stored_file');
  if (files.length === 0) return [note('Er zijn geen bestanden bewaard.')];
  const people = peopleOf(records);
  const what = new Map<number, string>();
  const kept = (fileId: unknown, text: string) => {
    if (fileId !== null) what.set(Number(fileId), text);
  };
  for (const vog of rowsOf(records, 'vog'))
    kept(vog.scanFileId, `Scan van de VOG van ${fullName(people.get(Number(vog.personId)))}`);
  for (const document of rowsOf(records, 'match_document'))
    kept(document.scanFileId, `${names.document(document.templateId)}, ondertekend (scan)`);
  for (const document of rowsOf(records, 'insurance_incident_document'))
    kept(document.fileId, 'Document bij een incident');
  return [
    table(
      [
        { header: 'Bestand', width: 130 },
        { header: 'Wat', width: '*' },
        { header: 'Soort', width: 45 },
        { header: 'Grootte', width: 50 },
        { header: 'Bewaard op', width: 65 },
      ],
      files.map((file) => [
        String(file.fileName),
        what.get(Number(file.id)) ?? '',
        String(file.mediaType).split('/').pop()?.toUpperCase() ?? '',
        formatFileSize(Number(file.sizeBytes)),
        formatDate(String(file.createdAt)),
      ]),
    ),
  ];
}
