import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { DuplicateCandidate } from '../../../shared/api/families';
import type { RegistrationDto } from '../../../shared/api/registrations';
import { FAMILY_KIND_LABELS } from '../../../shared/domain/families';
import { useApiMutation, useApiQuery } from '../../api';
import { notifyError, notifySaved } from '../../ui/form';

/**
 * Settles a "Mogelijk dubbel": the known families it may be, each with why, to link the
 * registration to; or "Geen dubbel" when it is another family after all.
 */
export function DuplicatePanel({ registration }: { registration: RegistrationDto }) {
  const { data: candidates = [] } = useApiQuery('registrations.duplicateCandidates', { id: registration.id });
  const resolve = useApiMutation('registrations.resolveDuplicate');
  const settle = (sameFamilyId: number | null, done: string) =>
    resolve
      .mutateAsync({ id: registration.id, version: registration.version, sameFamilyId })
      .then(() => notifySaved(done), notifyError);
  const link = (candidate: DuplicateCandidate) =>
    modals.openConfirmModal({
      title: `Koppelen aan ${candidate.name}`,
      children: (
        <Text size="sm">
          De aanmelding komt bij {candidate.name} ({candidate.address}). Het gezin dat bij deze aanmelding is ingevoerd,
          wordt verwijderd als er verder niets naar verwijst. Controleer eerst of adres en personen van {candidate.name}{' '}
          kloppen.
        </Text>
      ),
      labels: { confirm: 'Koppelen', cancel: 'Annuleren' },
      onConfirm: () => void settle(candidate.familyId, `De aanmelding is gekoppeld aan ${candidate.name}.`),
    });
  return (
    <Alert color="orange" title="Mogelijk dubbel" data-testid="duplicate-panel">
      <Stack gap="xs">
        {candidates.length === 0 && <Text size="sm">Er is geen bekend gezin meer dat op dit gezin lijkt.</Text>}
        {candidates.map((candidate) => (
          <Group key={candidate.familyId} justify="space-between" wrap="nowrap">
            <Text size="sm">
              <b>{candidate.name}</b> ({FAMILY_KIND_LABELS[candidate.kind]}), {candidate.address}:{' '}
              {candidate.reasons.join(', ')}
            </Text>
            <Button size="xs" style={{ flexShrink: 0 }} onClick={() => link(candidate)} loading={resolve.isPending}>
              Zelfde gezin
            </Button>
          </Group>
        ))}
        <Group justify="flex-end">
          <Button
            size="xs"
            variant="default"
            loading={resolve.isPending}
            onClick={() => void settle(null, 'Vastgelegd: dit is geen dubbel gezin.')}
          >
            Geen dubbel
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
