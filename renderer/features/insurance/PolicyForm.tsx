import { Checkbox, MultiSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import {
  COVER_KINDS,
  COVER_KIND_LABELS,
  TAKEN_OUT_BY,
  TAKEN_OUT_BY_LABELS,
  policyFields,
  type PolicyDto,
  type PolicyFormValues,
} from '../../../shared/api/insurance';
import { call, useApiMutation, useApiQuery } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { DateField } from '../../ui/DateField';
import { auditedChanges, saveForm, storedRecord, useVersionedForm } from '../../ui/form';
import { FormActions } from '../../ui/FormActions';
import { POLICY_LABELS } from './labels';

function initialValues(policy?: PolicyDto): PolicyFormValues {
  return {
    insurer: policy?.insurer ?? '',
    policyNumber: policy?.policyNumber ?? '',
    coverKind: policy?.coverKind ?? 'aansprakelijkheid',
    coverOther: policy?.coverOther ?? '',
    takenOutBy: policy?.takenOutBy ?? 'stichting',
    allMunicipalities: policy?.allMunicipalities ?? false,
    municipalityIds: policy?.municipalities.map((m) => m.id) ?? [],
    familyIds: policy?.families.map((f) => f.id) ?? [],
    startDate: policy?.startDate ?? '',
    endDate: policy?.endDate ?? null,
    insuredAmounts: policy?.insuredAmounts ?? '',
    contactName: policy?.contactName ?? '',
    contactEmail: policy?.contactEmail ?? '',
    contactPhone: policy?.contactPhone ?? '',
    notes: policy?.notes ?? '',
  };
}

export function PolicyForm({ policy, onDone }: { policy?: PolicyDto; onDone: () => void }) {
  const form = useForm<PolicyFormValues>({
    initialValues: initialValues(policy),
    validate: zod4Resolver(policyFields),
  });
  const municipalities = useApiQuery('municipalities.list', {});
  const create = useApiMutation('policies.create');
  const update = useApiMutation('policies.update');
  const id = policy?.id ?? 0;
  const versioned = useVersionedForm(form, {
    stored: { values: initialValues(policy), version: policy?.version ?? 0 },
    reload: async () => {
      const stored = storedRecord(await call('policies.list', {}), id);
      return { values: initialValues(stored), version: stored.version };
    },
    changesSince: auditedChanges('policy', id),
  });
  const submit = saveForm(
    form,
    async (values) => {
      if (policy) await update.mutateAsync({ ...values, id: policy.id, version: versioned.version });
      else await create.mutateAsync(values);
      onDone();
    },
    (_, values) => `Polis ${values.policyNumber} is opgeslagen.`,
    versioned,
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ClashNotice versioned={versioned} labels={POLICY_LABELS} />
        <SimpleGrid cols={2}>
          <TextInput label="Verzekeraar" withAsterisk {...form.getInputProps('insurer')} />
          <TextInput label="Polisnummer" withAsterisk {...form.getInputProps('policyNumber')} />
          <Select
            label="Dekking"
            allowDeselect={false}
            data={COVER_KINDS.map((value) => ({ value, label: COVER_KIND_LABELS[value] }))}
            {...form.getInputProps('coverKind')}
          />
          <Select
            label="Afgesloten door"
            allowDeselect={false}
            data={TAKEN_OUT_BY.map((value) => ({ value, label: TAKEN_OUT_BY_LABELS[value] }))}
            {...form.getInputProps('takenOutBy')}
          />
          {form.values.coverKind === 'anders' && (
            <TextInput label="Andere dekking" {...form.getInputProps('coverOther')} />
          )}
          <DateField label="Ingangsdatum" withAsterisk {...form.getInputProps('startDate')} />
          <DateField
            label="Einddatum"
            value={form.values.endDate ?? ''}
            onChange={(v) => form.setFieldValue('endDate', v || null)}
            error={form.errors.endDate}
          />
        </SimpleGrid>
        <Checkbox
          label="Geldt voor alle gemeenten"
          {...form.getInputProps('allMunicipalities', { type: 'checkbox' })}
        />
        {!form.values.allMunicipalities && (
          <MultiSelect
            label="Gemeenten"
            searchable
            data={(municipalities.data ?? []).map((m) => ({ value: String(m.id), label: m.name }))}
            value={form.values.municipalityIds.map(String)}
            onChange={(ids) => form.setFieldValue('municipalityIds', ids.map(Number))}
            error={form.errors.municipalityIds}
          />
        )}
        <SupportFamiliesPicker
          known={policy?.families ?? []}
          value={form.values.familyIds}
          onChange={(ids) => form.setFieldValue('familyIds', ids)}
        />
        <TextInput label="Verzekerde bedragen" {...form.getInputProps('insuredAmounts')} />
        <SimpleGrid cols={3}>
          <TextInput label="Contactpersoon verzekeraar" {...form.getInputProps('contactName')} />
          <TextInput label="E-mail" {...form.getInputProps('contactEmail')} />
          <TextInput label="Telefoon" {...form.getInputProps('contactPhone')} />
        </SimpleGrid>
        <Textarea label="Notities" autosize minRows={2} {...form.getInputProps('notes')} />
        <FormActions onCancel={onDone} saving={create.isPending || update.isPending} />
      </Stack>
    </form>
  );
}

/** Steungezinnen on the policy's name list, for insurers that insure by name; found as the user types. */
function SupportFamiliesPicker(props: {
  known: { id: number; name: string }[];
  value: number[];
  onChange: (ids: number[]) => void;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const found = useApiQuery(
    'families.search',
    { search: debounced, kind: 'steun', municipalityId: null, limit: 50 },
    { keepPrevious: true, enabled: debounced.length >= 2 },
  );
  const options = new Map(props.known.map((f) => [String(f.id), f.name]));
  for (const f of found.data?.rows ?? [])
    options.set(String(f.id), `${f.name}, ${f.street} ${f.houseNumber}, ${f.place}`);
  return (
    <MultiSelect
      label="Op naam verzekerde steungezinnen"
      description="Alleen als de verzekeraar een namenlijst wil; zoek op naam of postcode"
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={[...options].map(([value, label]) => ({ value, label }))}
      value={props.value.map(String)}
      onChange={(ids) => props.onChange(ids.map(Number))}
    />
  );
}
