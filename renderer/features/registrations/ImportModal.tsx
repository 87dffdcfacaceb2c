import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Modal,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import {
  IMPORT_CANCELLED,
  IMPORT_FIELDS,
  MAX_IMPORT_BYTES,
  TOO_LARGE_MESSAGE,
  type ImportMapping,
  type ImportPreview,
  type ImportProgress,
  type ImportRowDto,
} from '../../../shared/api/imports';
import { ApiCallError, call, useApiMutation } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { readAttachment } from '../../ui/files';
import { notifyError, notifySaved } from '../../ui/form';
import { useRememberedState } from '../../ui/remembered';

const STATUS = { new: ['Nieuw', 'teal'], duplicate: ['Dubbel', 'orange'], invalid: ['Ongeldig', 'red'] } as const;
const OUTSIDE = 'buiten werkgebied';
const column = createColumnHelper<ImportRowDto>();
const columns = [
  column.accessor('rowNumber', { header: 'Rij', size: 60 }),
  column.accessor((r) => STATUS[r.status][0], {
    id: 'status',
    header: 'Uitkomst',
    size: 125,
    meta: { filterOptions: ['Nieuw', 'Dubbel', 'Ongeldig'] },
    cell: (i) => (
      <Badge color={STATUS[i.row.original.status][1]} variant="light">
        {i.getValue()}
      </Badge>
    ),
  }),
  column.accessor('summary', { header: 'Gezin', size: 220 }),
  column.accessor((r) => r.municipality ?? OUTSIDE, {
    id: 'municipality',
    header: 'Gemeente',
    size: 150,
    cell: (i) => (i.row.original.municipality ? i.getValue() : <Text c="dimmed">{OUTSIDE}</Text>),
  }),
  column.accessor((r) => r.messages.join(' '), { id: 'messages', header: 'Toelichting', size: 445 }),
];

/** The fields in the order a referrer's list has them; the contract keeps later additions at its end. */
const FIELD_ORDER = [
  'kind',
  'receivedDate',
  'firstName',
  'infix',
  'lastName',
  'birthDate',
  'childFirstName',
  'childBirthDate',
  'street',
  'houseNumber',
  'houseNumberAddition',
  'postcode',
  'place',
  'phone',
  'email',
  'referrerOrganisation',
  'referrerType',
  'referrerContact',
  'question',
];
const FIELDS = [...IMPORT_FIELDS].sort((a, b) => FIELD_ORDER.indexOf(a.key) - FIELD_ORDER.indexOf(b.key));

/** The columns chosen per header row, newest first: a referrer's next list is mapped the same way. */
const REMEMBERED_LAYOUTS = 20;
const rememberedSchema = z.array(
  z.object({ layout: z.string(), mapping: z.record(z.string(), z.number().int().min(0).nullable()) }),
);

const POLL_MS = 300;
const nl = (n: number) => n.toLocaleString('nl-NL');

interface Loaded {
  fileName: string;
  contentBase64: string;
}

/** Import of a .csv or .xlsx: choose the file, check the columns, see the rows, then import or not. */
export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [file, setFile] = useState<Loaded | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [remembered, setRemembered] = useRememberedState('import-mappings', [], rememberedSchema);
  const commit = useApiMutation('imports.commit');
  const progress = useProgress(jobId);
  const checking = jobId !== null;

  function remember(layout: string, mapping: ImportMapping) {
    setRemembered((list) =>
      [{ layout, mapping }, ...list.filter((e) => e.layout !== layout)].slice(0, REMEMBERED_LAYOUTS),
    );
  }

  async function check(loaded: Loaded, mapping: ImportMapping | null) {
    const id = crypto.randomUUID();
    setJobId(id);
    setNote(null);
    setFileError(null);
    try {
      setPreview(await call('imports.preview', { ...loaded, mapping, jobId: id, remembered }));
    } catch (error) {
      setPreview(null);
      if (error instanceof ApiCallError && error.error.message === IMPORT_CANCELLED) setNote(IMPORT_CANCELLED);
      else if (error instanceof ApiCallError && error.error.issues.some((i) => i.path === 'contentBase64'))
        setFileError(error.error.message);
      else notifyError(error);
    } finally {
      setJobId(null);
    }
  }

  async function choose(chosen: File | null) {
    setPreview(null);
    setFile(null);
    setNote(null);
    if (!chosen) return setFileError(null);
    if (chosen.size > MAX_IMPORT_BYTES) return setFileError(TOO_LARGE_MESSAGE);
    const loaded = { fileName: chosen.name, contentBase64: (await readAttachment(chosen)).content };
    setFile(loaded);
    await check(loaded, null);
  }

  function changeColumn(key: string, value: string | null) {
    if (!file || !preview) return;
    const mapping = { ...preview.mapping, [key]: value === null ? null : Number(value) };
    remember(preview.layout, mapping);
    void check(file, mapping);
  }

  async function importRows() {
    if (!file || !preview) return;
    try {
      const result = await commit.mutateAsync({ ...file, mapping: preview.mapping });
      remember(preview.layout, preview.mapping);
      notifySaved(`${nl(result.imported)} aanmelding(en) geïmporteerd; ${nl(result.skipped)} rij(en) overgeslagen.`);
      close();
    } catch (error) {
      notifyError(error);
    }
  }

  function cancel() {
    if (jobId) void call('imports.cancel', { jobId }).catch(() => undefined);
  }

  function close() {
    cancel();
    setFile(null);
    setPreview(null);
    setFileError(null);
    setNote(null);
    onClose();
  }

  const total = preview ? preview.counts.new + preview.counts.duplicate + preview.counts.invalid : 0;
  const headerOptions = (preview?.headers ?? []).map((header, index) => ({
    value: String(index),
    label: header || `Kolom ${index + 1}`,
  }));
  return (
    <Modal opened={opened} onClose={close} title="Aanmeldingen importeren" size="90%">
      <Stack>
        <FileInput
          label="Bestand (.csv of .xlsx)"
          accept=".csv,.txt,.xlsx"
          placeholder="Kies een bestand"
          error={fileError}
          disabled={checking}
          onChange={(f) => void choose(f)}
        />
        {checking && <CheckingProgress progress={progress} onCancel={cancel} />}
        {note && (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        )}
        {preview && file && !checking && (
          <>
            <Group justify="space-between" align="baseline">
              <Text fw={600} size="sm">
                Kolommen
              </Text>
              <Text size="xs" c="dimmed">
                {preview.mappingSource === 'remembered'
                  ? 'Zoals u de kolommen van dit soort bestand de vorige keer koos.'
                  : preview.mappingSource === 'guessed'
                    ? 'Herkend aan de kopjes van het bestand. Klopt een kolom niet, kies dan de juiste.'
                    : 'Zoals u de kolommen koos.'}
              </Text>
            </Group>
            <SimpleGrid cols={{ base: 3, lg: 5 }} spacing="xs" verticalSpacing={4}>
              {FIELDS.map((field) => (
                <Select
                  key={field.key}
                  size="xs"
                  label={field.label + (field.required ? ' *' : '')}
                  data={headerOptions}
                  clearable
                  placeholder="(niet in bestand)"
                  value={preview.mapping[field.key] == null ? null : String(preview.mapping[field.key])}
                  onChange={(value) => changeColumn(field.key, value)}
                />
              ))}
            </SimpleGrid>
            <Group gap="xs" data-testid="import-counts">
              <Badge color="teal">{nl(preview.counts.new)} nieuw</Badge>
              <Badge color="orange">{nl(preview.counts.duplicate)} dubbel</Badge>
              <Badge color="red">{nl(preview.counts.invalid)} ongeldig</Badge>
              {preview.rows.length < total && (
                <Text size="xs" c="dimmed" data-testid="import-shown">
                  De eerste {nl(preview.rows.length)} van {nl(total)} rijen staan hieronder: eerst de ongeldige en
                  dubbele. Importeren neemt alle {nl(preview.counts.new)} nieuwe rijen mee.
                </Text>
              )}
            </Group>
            <DataTable
              label="Voorbeeld van de import"
              data={preview.rows}
              columns={columns}
              getRowId={(r) => String(r.rowNumber)}
              // The import button stays in sight on a laptop screen; a tall screen shows more rows.
              height="max(220px, calc(100vh - 680px))"
              exportFileName="importcontrole.csv"
            />
            {preview.counts.new === 0 && (
              <Alert color="orange">Er zijn geen nieuwe, geldige rijen om te importeren.</Alert>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Niets importeren
          </Button>
          <Button
            onClick={() => void importRows()}
            disabled={!preview || preview.counts.new === 0 || checking}
            loading={commit.isPending}
          >
            {preview
              ? `${nl(preview.counts.new)} nieuwe ${preview.counts.new === 1 ? 'rij' : 'rijen'} importeren`
              : 'Importeren'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CheckingProgress({ progress, onCancel }: { progress: ImportProgress | null; onCancel: () => void }) {
  const reading = !progress || progress.phase === 'waiting' || progress.phase === 'reading';
  return (
    <Stack gap={6} data-testid="import-progress">
      <Group justify="space-between">
        <Text size="sm">
          {reading
            ? `Bestand lezen en controleren… ${nl(progress?.rowsRead ?? 0)} rijen gelezen`
            : `Vergelijken met de gezinnen in de database… (${nl(progress.rowsRead)} rijen)`}
        </Text>
        <Button size="xs" variant="default" onClick={onCancel} disabled={!reading}>
          Annuleren
        </Button>
      </Group>
      <Progress value={reading ? (progress?.fraction ?? 0) * 100 : 100} animated={!reading} />
    </Stack>
  );
}

/** How far the main process got with a reading, asked every few tenths of a second while it runs. */
function useProgress(jobId: string | null): ImportProgress | null {
  // Kept with the reading it belongs to, so that a new reading starts without the last one's figures.
  const [answer, setAnswer] = useState<{ jobId: string; progress: ImportProgress } | null>(null);
  const asking = useRef(false);
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    const timer = setInterval(() => {
      // One question at a time: a slow answer is not overtaken by the next.
      if (asking.current) return;
      asking.current = true;
      call('imports.progress', { jobId })
        .then((progress) => !stopped && setAnswer({ jobId, progress }))
        .catch(() => undefined)
        .finally(() => {
          asking.current = false;
        });
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [jobId]);
  return answer && answer.jobId === jobId ? answer.progress : null;
}
