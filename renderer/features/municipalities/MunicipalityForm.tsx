import { Button, Group, MultiSelect, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import {
  PROVINCES, municipalityFields, type MunicipalityDto, type MunicipalityFormValues,
} from '../../../shared/api/municipalities';
import { useApiMutation, useApiQuery } from '../../api';
import { ActiveToggle } from '../../ui/ActiveToggle';
import { notifyError, notifySaved, showApiError } from '../../ui/form';

function initialValues(municipality?: MunicipalityDto): MunicipalityFormValues {
  return {
    name: municipality?.name ?? '',
    province: municipality?.province ?? null,
    email: municipality?.email ?? '',
    phone: municipality?.phone ?? '',
    notes: municipality?.notes ?? '',
    coordinatorIds: municipality?.coordinators.map((c) => c.id) ?? [],
  };
}

export function MunicipalityForm(props: { municipality?: MunicipalityDto; onDone: () => void }) {
  const existing = props.municipality;
  const form = useForm<MunicipalityFormValues>({
    initialValues: initialValues(existing),
    validate: zod4Resolver(municipalityFields),
    validateInputOnBlur: true,
  });
  const coordinators = useApiQuery('coordinators.list', {});
  const create = useApiMutation('municipalities.create', ['municipalities', 'coordinators', 'audit']);
  const update = useApiMutation('municipalities.update', ['municipalities', 'coordinators', 'audit']);
  const setActive = useApiMutation('municipalities.setActive', ['municipalities', 'audit']);
  const choices = (coordinators.data ?? [])
    .filter((c) => c.active || form.values.coordinatorIds.includes(c.id))
    .map((c) => ({ value: String(c.id), label: c.name }));

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = existing
        ? await update.mutateAsync({ ...values, id: existing.id, version: existing.version })
        : await create.mutateAsync(values);
      notifySaved(`Gemeente ${saved.name} is opgeslagen.`);
      props.onDone();
    } catch (error) {
      showApiError(form, error);
    }
  });

  async function changeActive(active: boolean) {
    if (!existing) return;
    try {
      await setActive.mutateAsync({ id: existing.id, version: existing.version, active });
      notifySaved(active ? 'De gemeente is weer actief.' : 'De gemeente is gedeactiveerd.');
      props.onDone();
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label="Naam" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select label="Provincie" data={[...PROVINCES]} clearable searchable {...form.getInputProps('province')} />
        <TextInput label="E-mail" type="email" {...form.getInputProps('email')} />
        <TextInput label="Telefoon" type="tel" {...form.getInputProps('phone')} />
        <MultiSelect
          label="Coördinatoren"
          placeholder={choices.length ? 'Kies coördinatoren' : 'Voeg eerst een coördinator toe'}
          data={choices}
          searchable
          value={form.values.coordinatorIds.map(String)}
          onChange={(ids) => form.setFieldValue('coordinatorIds', ids.map(Number))}
          error={form.errors.coordinatorIds}
        />
        <Textarea label="Notities" autosize minRows={3} {...form.getInputProps('notes')} />
        <Group justify="space-between" mt="md">
          {existing ? (
            <ActiveToggle active={existing.active} what="De gemeente" busy={setActive.isPending} onChange={changeActive} />
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
