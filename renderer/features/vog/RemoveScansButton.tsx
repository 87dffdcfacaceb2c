import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useApiMutation } from '../../api';
import { notifyError, notifySaved } from '../../ui/form';

/** Removes, after a confirmation, every VOG scan kept without the volunteer's recorded consent. */
export function RemoveScansButton() {
  const remove = useApiMutation('vog.removeScansWithoutConsent');
  const run = () =>
    remove.mutateAsync({}).then(({ ids }) => {
      notifySaved(
        ids.length === 0
          ? 'Er waren geen scans zonder toestemming.'
          : `${ids.length} scan(s) zonder toestemming verwijderd; de VOG's blijven geregistreerd.`,
      );
    }, notifyError);
  return (
    <Button
      variant="subtle"
      color="red"
      loading={remove.isPending}
      onClick={() =>
        modals.openConfirmModal({
          title: 'Scans zonder toestemming verwijderen',
          children: (
            <Text size="sm">
              Alle bewaarde kopieën van VOG's waarvoor geen toestemming van de vrijwilliger is vastgelegd, worden
              verwijderd. Wat is vastgelegd over de VOG (gezien op, gecontroleerd door, screeningsprofiel, uitkomst)
              blijft.
            </Text>
          ),
          labels: { confirm: 'Verwijderen', cancel: 'Annuleren' },
          confirmProps: { color: 'red' },
          onConfirm: () => void run(),
        })
      }
    >
      Scans zonder toestemming verwijderen
    </Button>
  );
}
