import { Alert, Badge, Button, FileInput, Group, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { IMPORT_FIELDS, type ImportMapping, type ImportPreview, type ImportRowDto } from '../../../shared/api/imports';
import { call, useApiMutation } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { readAttachment } from '../../ui/files';
import { notifyError, notifySaved } from '../../ui/form';

const STATUS = { new: ['Nieuw', 'teal'], duplicate: ['Dubbel', 'orange'], invalid: ['Ongeldig', 'red'] } as const;
const column = createColumnHelper<ImportRowDto>();
const columns = [
  column.accessor('rowNumber', { header: 'Rij', size: 60 }),
  column.accessor((r) => STATUS[r.status][0], {
    id: 'status',
    header: 'Uitkomst',
    size: 100,
    meta: { filterOptions: ['Nieuw', 'Dubbel', 'Ongeldig'] },
    cell: (i) => (
      <Badge color={STATUS[i.row.original.status][1]} variant="light">
        {i.getValue()}
      </Badge>
    ),
  }),
  column.accessor('summary', { header: 'Gezin', size: 220 }),
  column.accessor((r) => r.messages.join(' '), { id: 'messages', header: 'Toelichting', size: 520 }),
];

interface Loaded {
  fileName: string;
  contentBase64: string;
}

/** Import of a .csv or .xlsx: choose the file, check the columns, see every row, then import or not. */
export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [file, setFile] = useState<Loaded | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [checking, setChecking] = useState(false);
  const commit = useApiMutation('imports.commit');

  async function check(loaded: Loaded, mapping: ImportMapping | null) {
    setChecking(true);
    try {
      setPreview(await call('imports.preview', { ...loaded, mapping }));
    } catch (error) {
      setPreview(null);
      notifyError(error);
    } finally {
      setChecking(false);
    }
  }

  async function choose(chosen: File | null) {
    if (!chosen) return;
    const loaded = { fileName: chosen.name, contentBase64: (await readAttachment(chosen)).content };
    setFile(loaded);
    await check(loaded, null);
  }

  async function importRows() {
    if (!file || !preview) return;
    try {
      const result = await commit.mutateAsync({ ...file, mapping: preview.mapping });
      notifySaved(`${result.imported} aanmelding(en) geïmporteerd; ${result.skipped} rij(en) overgeslagen.`);
      close();
    } catch (error) {
      notifyError(error);
    }
  }

  function close() {
    setFile(null);
    setPreview(null);
    onClose();
  }

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
          onChange={(f) => void choose(f)}
        />
        {preview && file && (
          <>
            <Text fw={600} size="sm">
              Kolommen
            </Text>
            <SimpleGrid cols={4} spacing="xs">
              {IMPORT_FIELDS.map((field) => (
                <Select
                  key={field.key}
                  size="xs"
                  label={field.label + (field.required ? ' *' : '')}
                  data={headerOptions}
                  clearable
                  placeholder="(niet in bestand)"
                  value={preview.mapping[field.key] == null ? null : String(preview.mapping[field.key])}
                  onChange={(value) =>
                    void check(file, { ...preview.mapping, [field.key]: value === null ? null : Number(value) })
                  }
                />
              ))}
            </SimpleGrid>
            <Group gap="xs" data-testid="import-counts">
              <Badge color="teal">{preview.counts.new} nieuw</Badge>
              <Badge color="orange">{preview.counts.duplicate} dubbel</Badge>
              <Badge color="red">{preview.counts.invalid} ongeldig</Badge>
            </Group>
            <DataTable
              label="Voorbeeld van de import"
              data={preview.rows}
              columns={columns}
              getRowId={(r) => String(r.rowNumber)}
              height="40vh"
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
            loading={commit.isPending || checking}
          >
            {preview ? `${preview.counts.new} nieuwe rijen importeren` : 'Importeren'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
