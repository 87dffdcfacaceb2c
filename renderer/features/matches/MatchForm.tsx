import { Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useEffect } from 'react';
import { matchCreate, type MatchFormValues } from '../../../shared/api/matches';
import { SUPPORT_KINDS, SUPPORT_KIND_LABELS } from '../../../shared/domain/matches/results';
import { useApiMutation, useApiQuery } from '../../api';
import { DateField } from '../../ui/DateField';
import { saveForm } from '../../ui/form';
import { FormActions } from '../../ui/FormActions';
import { useToday } from '../../ui/today';
import { FamilyPicker } from './FamilyPicker';

/** A new koppeling: which families, in which municipality with which coordinator, and the support. */
export function MatchForm(props: { onDone: (id: number) => void; onCancel: () => void }) {
  const today = useToday();
  const form = useForm<MatchFormValues>({
    initialValues: {
      requestingFamilyId: undefined as unknown as number,
      supportFamilyId: undefined as unknown as number,
      municipalityId: undefined as unknown as number,
      coordinatorId: null,
      childIds: [],
      supportKinds: [],
      supportOther: '',
      frequency: '',
      agreements: '',
      proposedDate: today,
    },
    validate: zod4Resolver(matchCreate),
  });
  const create = useApiMutation('matches.create');
  const submit = saveForm(
    form,
    async (values) => {
      const saved = await create.mutateAsync(values);
      props.onDone(saved.id);
    },
    () => 'De koppeling is voorgesteld.',
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FamiliesAndPlace form={form} />
        <Textarea label="Afspraken" autosize minRows={2} {...form.getInputProps('agreements')} />
        <DateField label="Datum voorstel" withAsterisk w={180} {...form.getInputProps('proposedDate')} />
        <FormActions onCancel={props.onCancel} saving={create.isPending} />
      </Stack>
    </form>
  );
}

function FamiliesAndPlace({ form }: { form: UseFormReturnType<MatchFormValues> }) {
  const requesting = useApiQuery(
    'families.get',
    { id: form.values.requestingFamilyId ?? 0 },
    { enabled: Boolean(form.values.requestingFamilyId) },
  );
  const municipalities = useApiQuery('municipalities.list', {});
  const municipality = municipalities.data?.find((m) => m.id === form.values.municipalityId);

  function chooseRequesting(id: number | null) {
    form.setFieldValue('requestingFamilyId', (id ?? undefined) as number);
    form.setFieldValue('childIds', []);
  }
  const suggested = requesting.data?.municipality?.id;
  useEffect(() => {
    if (suggested && !form.getValues().municipalityId) form.setFieldValue('municipalityId', suggested);
  }, [suggested, form]);
  const children = requesting.data?.people.filter((p) => p.role === 'kind') ?? [];

  return (
    <>
      <FamilyPicker
        label="Vraaggezin"
        kind="vraag"
        value={form.values.requestingFamilyId ?? null}
        onChange={chooseRequesting}
        error={form.errors.requestingFamilyId}
      />
      <FamilyPicker
        label="Steungezin"
        kind="steun"
        value={form.values.supportFamilyId ?? null}
        onChange={(id) => form.setFieldValue('supportFamilyId', (id ?? undefined) as number)}
        error={form.errors.supportFamilyId}
      />
      <SimpleGrid cols={2}>
        <Select
          label="Gemeente"
          withAsterisk
          searchable
          data={(municipalities.data ?? [])
            .filter((m) => m.active)
            .map((m) => ({ value: String(m.id), label: m.name }))}
          value={form.values.municipalityId ? String(form.values.municipalityId) : null}
          onChange={(v) => {
            form.setFieldValue('municipalityId', Number(v));
            form.setFieldValue('coordinatorId', null);
          }}
          error={form.errors.municipalityId}
        />
        <Select
          label="Coördinator"
          clearable
          data={(municipality?.coordinators ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
          value={form.values.coordinatorId ? String(form.values.coordinatorId) : null}
          onChange={(v) => form.setFieldValue('coordinatorId', v === null ? null : Number(v))}
          error={form.errors.coordinatorId}
        />
      </SimpleGrid>
      <MatchTermsFields
        form={form}
        childOptions={children.map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}` }))}
      />
    </>
  );
}

/** The children who take part and what the support is: the same fields when proposing and editing. */
export function MatchTermsFields({
  form,
  childOptions,
}: {
  form: UseFormReturnType<Pick<MatchFormValues, 'childIds' | 'supportKinds' | 'supportOther' | 'frequency'>>;
  childOptions: { id: number; name: string }[];
}) {
  return (
    <>
      <Checkbox.Group
        label="Kinderen die meedoen"
        withAsterisk
        value={form.values.childIds.map(String)}
        onChange={(ids) => form.setFieldValue('childIds', ids.map(Number))}
        error={form.errors.childIds}
      >
        <Group mt={4}>
          {childOptions.length === 0 && (
            <Text size="sm" c="dimmed">
              Kies eerst het vraaggezin.
            </Text>
          )}
          {childOptions.map((child) => (
            <Checkbox key={child.id} value={String(child.id)} label={child.name} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox.Group label="Steun" withAsterisk {...form.getInputProps('supportKinds')}>
        <Group mt={4}>
          {SUPPORT_KINDS.map((kind) => (
            <Checkbox key={kind} value={kind} label={SUPPORT_KIND_LABELS[kind]} />
          ))}
        </Group>
      </Checkbox.Group>
      {form.values.supportKinds.includes('anders') && (
        <TextInput label="Andere steun" {...form.getInputProps('supportOther')} />
      )}
      <TextInput
        label="Hoe vaak"
        placeholder="Bijvoorbeeld: elke woensdagmiddag"
        {...form.getInputProps('frequency')}
      />
    </>
  );
}
