import { Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { FILE_KINDS, type FileKind } from '../../../shared/api/access';
import { FILE_KIND_LABELS, type AccessLogDto } from '../../../shared/api/audit';
import { formatDateTime } from '../../../shared/domain/format';
import { useApiQuery } from '../../api';
import { DataTable } from '../../ui/DataTable';

const LIMIT = 1000;
const column = createColumnHelper<AccessLogDto>();
const columns = [
  column.accessor('at', { header: 'Wanneer', size: 160, cell: (info) => formatDateTime(info.getValue()) }),
  column.accessor('actor', { header: 'Wie', size: 200 }),
  column.accessor((row) => `${FILE_KIND_LABELS[row.entityType]} ${row.entityId}`, { id: 'file', header: 'Dossier' }),
  column.accessor((row) => `${FILE_KIND_LABELS[row.entityType]} geopend`, { id: 'what', header: 'Handeling' }),
];
const KIND_OPTIONS = FILE_KINDS.map((kind) => ({ value: kind, label: FILE_KIND_LABELS[kind] }));

/**
 * The inzagelog for beheer: who opened which family's file when, newest first, by the file's
 * number, never its contents: beheer answers "who has seen my file?" without reading it.
 */
export function AccessLogTab() {
  const [entityType, setEntityType] = useState<FileKind | null>(null);
  const [entityId, setEntityId] = useState<number | null>(null);
  const [actor, setActor] = useState('');
  const { data } = useApiQuery('accessLog.list', { entityType, entityId, actor: actor.trim(), limit: LIMIT });
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Wie welk dossier van een gezin heeft geopend, en wanneer. Alleen Beheer ziet dit overzicht.
      </Text>
      <Group align="flex-end">
        <Select
          label="Soort dossier"
          data={KIND_OPTIONS}
          clearable
          placeholder="Alle"
          value={entityType}
          onChange={(value) => setEntityType(value)}
          w={180}
        />
        <NumberInput
          label="Nummer"
          min={1}
          allowDecimal={false}
          value={entityId ?? ''}
          onChange={(value) => setEntityId(typeof value === 'number' ? value : null)}
          w={120}
        />
        <TextInput label="Medewerker" value={actor} onChange={(event) => setActor(event.currentTarget.value)} w={200} />
      </Group>
      {data && data.total > data.rows.length && (
        <Text size="sm">
          De nieuwste {data.rows.length.toLocaleString('nl-NL')} van {data.total.toLocaleString('nl-NL')} regels; kies
          een dossier of medewerker voor oudere.
        </Text>
      )}
      <DataTable
        label="Inzagelog"
        data={data?.rows ?? []}
        columns={columns}
        getRowId={(row) => String(row.id)}
        emptyText="Nog niemand heeft een dossier geopend."
        exportFileName="inzagelog.csv"
        height="60vh"
      />
    </Stack>
  );
}
