import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { coordinatorFields, type CoordinatorDto, type CoordinatorFormValues } from '../../../shared/api/municipalities';
import { useApiMutation } from '../../api';
import { ActiveToggle } from '../../ui/ActiveToggle';
import { notifyError, notifySaved, showApiError } from '../../ui/form';

export function CoordinatorForm(props: { coordinator?: CoordinatorDto; onDone: () => void }) {
  const existing = props.coordinator;
  const form = useForm<CoordinatorFormValues>({
    initialValues: {
      name: existing?.name ?? '',
      email: existing?.email ?? '',
      phone: existing?.phone ?? '',
      notes: existing?.notes ?? '',
    },
    validate: zod4Resolver(coordinatorFields),
    validateInputOnBlur: true,
  });
  const create = useApiMutation('coordinators.create', ['coordinators', 'municipalities', 'audit']);
  const update = useApiMutation('coordinators.update', ['coordinators', 'municipalities', 'audit']);
  const setActive = useApiMutation('coordinators.setActive', ['coordinators', 'municipalities', 'audit']);

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = existing
        ? await update.mutateAsync({ ...values, id: existing.id, version: existing.version })
        : await create.mutateAsync(values);
      notifySaved(`Coördinator ${saved.name} is opgeslagen.`);
      props.onDone();
    } catch (error) {
      showApiError(form, error);
    }
  });

  async function changeActive(active: boolean) {
    if (!existing) return;
    try {
      await setActive.mutateAsync({ id: existing.id, version: existing.version, active });
      notifySaved(active ? 'De coördinator is weer actief.' : 'De coördinator is gedeactiveerd.');
      props.onDone();
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label="Naam" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label="E-mail" type="email" {...form.getInputProps('email')} />
        <TextInput label="Telefoon" type="tel" {...form.getInputProps('phone')} />
        <Textarea label="Notities" autosize minRows={3} {...form.getInputProps('notes')} />
        <Group justify="space-between" mt="md">
          {existing ? (
            <ActiveToggle active={existing.active} what="De coördinator" busy={setActive.isPending} onChange={changeActive} />
          ) : <span />}
          <Group>
            <Button variant="default" onClick={props.onDone}>Annuleren</Button>
            <Button type="submit" loading={create.isPending || update.isPending}>Opslaan</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
