import { MultiSelect, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import {
  PROVINCES,
  municipalityFields,
  type MunicipalityDto,
  type MunicipalityFormValues,
} from '../../../shared/api/municipalities';
import { call, useApiMutation, useApiQuery } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { auditedChanges, useVersionedForm } from '../../ui/form';
import { RecordFormActions, useRecordForm } from '../../ui/record';
import { MUNICIPALITY_LABELS } from './labels';

function initialValues(municipality?: MunicipalityDto): MunicipalityFormValues {
  return {
    name: municipality?.name ?? '',
    province: municipality?.province ?? null,
    email: municipality?.email ?? '',
    phone: municipality?.phone ?? '',
    notes: municipality?.notes ?? '',
    coordinatorIds: municipality?.coordinators.map((c) => c.id) ?? [],
    postcodeRanges: municipality?.postcodeRanges ?? '',
    places: municipality?.places ?? '',
  };
}

export function MunicipalityForm(props: { municipality?: MunicipalityDto; onDone: () => void }) {
  const existing = props.municipality;
  const form = useForm<MunicipalityFormValues>({
    initialValues: initialValues(existing),
    validate: zod4Resolver(municipalityFields),
    validateInputOnBlur: true,
  });
  const id = existing?.id ?? 0;
  const versioned = useVersionedForm(form, {
    stored: { values: initialValues(existing), version: existing?.version ?? 0 },
    reload: async () => {
      const stored = await call('municipalities.get', { id });
      return { values: initialValues(stored), version: stored.version };
    },
    changesSince: auditedChanges('municipality', id),
  });
  const coordinators = useApiQuery('coordinators.list', {});
  const create = useApiMutation('municipalities.create');
  const update = useApiMutation('municipalities.update');
  const setActive = useApiMutation('municipalities.setActive');
  const choices = (coordinators.data ?? [])
    .filter((c) => c.active || form.values.coordinatorIds.includes(c.id))
    .map((c) => ({ value: String(c.id), label: c.name }));

  const { submit, changeActive } = useRecordForm({
    versioned,
    existing,
    what: 'De gemeente',
    onDone: props.onDone,
    create: create.mutateAsync,
    update: update.mutateAsync,
    setActive: setActive.mutateAsync,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ClashNotice versioned={versioned} labels={MUNICIPALITY_LABELS} />
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
        <TextInput
          label="Werkgebied: postcodes"
          description="Viercijferige postcodes of reeksen, bijvoorbeeld 2000-2039, 2060-2099"
          {...form.getInputProps('postcodeRanges')}
        />
        <TextInput
          label="Werkgebied: plaatsen"
          description="Kernen en dorpen, gescheiden door komma's"
          {...form.getInputProps('places')}
        />
        <Textarea label="Notities" autosize minRows={3} {...form.getInputProps('notes')} />
        <RecordFormActions
          existing={existing}
          what="De gemeente"
          onCancel={props.onDone}
          onChangeActive={changeActive}
          saving={create.isPending || update.isPending}
          activating={setActive.isPending}
        />
      </Stack>
    </form>
  );
}
