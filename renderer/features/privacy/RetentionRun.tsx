import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { RetentionItemDto, RetentionPreviewDto } from '../../../shared/api/privacy';
import { formatDate } from '../../../shared/domain/format';
import { call, useApiMutation } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { notifyError, notifySaved } from '../../ui/form';

const column = createColumnHelper<RetentionItemDto>();
const columns = [
  column.accessor((row) => (row.what === 'family' ? 'Gezin' : 'VOG-gegevens'), {
    id: 'what',
    header: 'Wat',
    size: 130,
  }),
  column.accessor('description', { header: 'Omschrijving', size: 400 }),
  column.accessor('why', { header: 'Waarom', size: 330 }),
  column.accessor('expiredOn', { header: 'Verstreken op', size: 120, cell: (info) => formatDate(info.getValue()) }),
];

const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

/**
 * The retention run: first the dry run's list, then, after a confirmation, exactly that list. The
 * main process refuses when the list it finds by then differs, so nothing unseen is anonymised.
 */
export function RetentionRun() {
  const [preview, setPreview] = useState<RetentionPreviewDto | null>(null);
  const [loading, setLoading] = useState(false);
  const run = useApiMutation('privacy.retentionRun');
  const dryRun = () => {
    setLoading(true);
    call('privacy.retentionPreview', {})
      .then(setPreview, notifyError)
      .finally(() => setLoading(false));
  };
  const confirm = (list: RetentionPreviewDto) =>
    modals.openConfirmModal({
      title: 'Bewaartermijnen uitvoeren',
      children: (
        <Text size="sm">
          Er worden {count(list.families, 'gezin', 'gezinnen')} en{' '}
          {count(list.records, 'VOG-registratie', 'VOG-registraties')} geanonimiseerd. Namen, adressen, geboortedata,
          contactgegevens, notities en scans verdwijnen; de cijfers blijven. Dit kan niet ongedaan worden gemaakt.
        </Text>
      ),
      labels: { confirm: 'Uitvoeren', cancel: 'Annuleren' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void run.mutateAsync({ keys: list.items.map((item) => item.key) }).then((done) => {
          notifySaved(
            `${count(done.families, 'gezin', 'gezinnen')} en ${count(done.records, 'VOG-registratie', 'VOG-registraties')} geanonimiseerd.`,
          );
          setPreview(null);
        }, notifyError),
    });
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        De proefrun laat zien wat nu over de termijn is en waarom; er verandert nog niets.
      </Text>
      <Group>
        <Button variant="default" onClick={dryRun} loading={loading}>
          Proefrun
        </Button>
        <Button
          color="red"
          disabled={!preview || preview.items.length === 0}
          loading={run.isPending}
          onClick={() => preview && confirm(preview)}
        >
          Uitvoeren
        </Button>
      </Group>
      {preview && (
        <DataTable
          label="Proefrun bewaartermijnen"
          data={preview.items}
          columns={columns}
          getRowId={(row) => row.key}
          emptyText="Niets is over de termijn: er hoeft nu niets geanonimiseerd te worden."
          height="50vh"
        />
      )}
    </Stack>
  );
}
