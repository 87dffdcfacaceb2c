import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { erasureInput } from '../../../shared/api/privacy';
import { formatDateTime } from '../../../shared/domain/format';
import { useApiMutation } from '../../api';
import { saveForm } from '../../ui/form';
import { useMayUse } from '../../ui/session';

const reasonOnly = erasureInput.pick({ reason: true });

/**
 * Erasure on request (art. 17 AVG), for beheer: says what is removed and what stays, asks the
 * reason, and erases once confirmed. It cannot be undone, so the button never acts at once.
 */
export function EraseFamilyButton({
  familyId,
  familyName,
  onDone,
}: {
  familyId: number;
  familyName: string;
  onDone: () => void;
}) {
  const allowed = useMayUse('privacy.erase');
  const [opened, setOpened] = useState(false);
  const erase = useApiMutation('privacy.erase');
  const form = useForm({ initialValues: { reason: '' }, validate: zod4Resolver(reasonOnly) });
  const submit = saveForm(
    form,
    ({ reason }) => erase.mutateAsync({ id: familyId, reason }),
    ({ erasedAt }) => {
      setOpened(false);
      onDone();
      return `${familyName} is vergeten op ${formatDateTime(erasedAt)}.`;
    },
  );
  if (!allowed) return null;
  return (
    <>
      <Button size="xs" variant="subtle" color="red" onClick={() => setOpened(true)}>
        Gezin vergeten…
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`${familyName} vergeten`} size="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">
              Op verzoek van het gezin (artikel 17 AVG) worden nu alle persoonsgegevens van dit gezin verwijderd:
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>
                namen, volledige geboortedata, adres (de postcodecijfers blijven), telefoon en e-mail;
              </List.Item>
              <List.Item>notities, vragen, redenen en afspraken bij aanmeldingen, koppelingen en VOG&apos;s;</List.Item>
              <List.Item>bijlagen (scans, ondertekende documenten) en de oude waarden in de geschiedenis.</List.Item>
            </List>
            <Text size="sm">
              Wat de cijfers en de verantwoording aan gemeenten tellen, blijft zonder namen staan: gemeente, data,
              soort, statusverloop en resultaten. Facturen noemen geen gezin en blijven ongewijzigd.
            </Text>
            <Alert color="red" variant="light">
              Dit kan niet ongedaan worden gemaakt. Bewaard blijft alleen dát er een gezin is vergeten, wanneer, door
              wie en waarom; schrijf daarom geen namen in de reden.
            </Alert>
            <Textarea
              label="Reden"
              description="Bijvoorbeeld: verzoek per e-mail van 12-11-2026, afgehandeld binnen de termijn van een maand."
              autosize
              minRows={2}
              {...form.getInputProps('reason')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                Annuleren
              </Button>
              <Button type="submit" color="red" loading={erase.isPending}>
                Definitief vergeten
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
