import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { QueueRow } from '../../../shared/api/registrations';
import { useApiMutation, useApiQuery } from '../../api';
import { notifyError, notifySaved } from '../../ui/form';

type Action = 'assignMunicipality' | 'handOver' | 'waitlist';

const TITLES: Record<Action, string> = {
  assignMunicipality: 'Gemeente toewijzen',
  handOver: 'Doorzetten naar coördinator',
  waitlist: 'Op wachtlijst zetten',
};

/** Actions on all ticked registrations at once: all of them change, or none. */
export function BulkActions({ selected }: { selected: QueueRow[] }) {
  const [action, setAction] = useState<Action | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const municipalities = useApiQuery('municipalities.list', {});
  const coordinators = useApiQuery('coordinators.list', {});
  const bulk = useApiMutation('registrations.bulk');
  if (selected.length === 0) return null;
  const ids = selected.map((row) => row.id);

  async function apply() {
    try {
      if (action === 'waitlist') await bulk.mutateAsync({ action, ids, reason });
      if (action === 'assignMunicipality') await bulk.mutateAsync({ action, ids, municipalityId: Number(choice) });
      if (action === 'handOver') await bulk.mutateAsync({ action, ids, coordinatorId: Number(choice) });
      notifySaved(`${ids.length} aanmelding(en) gewijzigd.`);
      setAction(null);
    } catch (error) {
      notifyError(error);
    }
  }

  const options =
    action === 'assignMunicipality'
      ? (municipalities.data ?? []).filter((m) => m.active).map((m) => ({ value: String(m.id), label: m.name }))
      : (coordinators.data ?? [])
          .filter((c) => c.active)
          .map((c) => ({
            value: String(c.id),
            label: `${c.name} (${c.municipalities.map((m) => m.name).join(', ')})`,
          }));
  return (
    <>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {selected.length} geselecteerd:
        </Text>
        {(Object.keys(TITLES) as Action[]).map((key) => (
          <Button
            key={key}
            size="xs"
            variant="light"
            onClick={() => {
              setAction(key);
              setChoice(null);
              setReason('');
            }}
          >
            {TITLES[key]}
          </Button>
        ))}
      </Group>
      <Modal
        opened={action !== null}
        onClose={() => setAction(null)}
        title={action ? `${TITLES[action]} (${ids.length})` : ''}
      >
        <Stack>
          {action === 'waitlist' ? (
            <Textarea
              label="Reden"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
            />
          ) : (
            <Select
              label={action === 'handOver' ? 'Coördinator' : 'Gemeente'}
              data={options}
              value={choice}
              onChange={setChoice}
              searchable
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAction(null)}>
              Annuleren
            </Button>
            <Button
              onClick={() => void apply()}
              loading={bulk.isPending}
              disabled={action === 'waitlist' ? !reason.trim() : !choice}
            >
              Toepassen
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
