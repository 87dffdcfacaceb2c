import {
  Button,
  Divider,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import {
  CONTRACT_KINDS,
  CONTRACT_KIND_LABELS,
  contractFields,
  type ContractDto,
  type ContractFormValues,
} from '../../../shared/api/contracts';
import { call, useApiMutation, useApiQuery } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { DateField } from '../../ui/DateField';
import { auditedChanges, saveForm, useVersionedForm } from '../../ui/form';
import { MoneyField } from '../../ui/MoneyField';
import { CONTRACT_LABELS } from './labels';
import { ScheduleFields } from './ScheduleFields';
import { SchedulePreview } from './SchedulePreview';

function initialValues(contract?: ContractDto): ContractFormValues {
  return {
    municipalityId: contract?.municipalityId ?? (undefined as unknown as number),
    kind: contract?.kind ?? 'structureel',
    description: contract?.description ?? '',
    startDate: contract?.startDate ?? '',
    endDate: contract?.endDate ?? '',
    amountCents: contract?.amountCents ?? (undefined as unknown as number),
    targetMatchesPerYear: contract?.targetMatchesPerYear ?? null,
    coordinatorHoursPerWeek: contract?.coordinatorHoursPerWeek ?? null,
    billingName: contract?.billingName ?? '',
    billingDepartment: contract?.billingDepartment ?? '',
    billingContact: contract?.billingContact ?? '',
    billingStreet: contract?.billingStreet ?? '',
    billingPostcode: contract?.billingPostcode ?? '',
    billingCity: contract?.billingCity ?? '',
    billingEmail: contract?.billingEmail ?? '',
    buyerReference: contract?.buyerReference ?? '',
    purchaseOrderNumber: contract?.purchaseOrderNumber ?? '',
    buyerOin: contract?.buyerOin ?? '',
    buyerKvk: contract?.buyerKvk ?? '',
    paymentTermDays: contract?.paymentTermDays ?? 30,
    schedule: {
      template: contract?.scheduleTemplate ?? 'jan-jul',
      partsPerYear: contract?.partsPerYear ?? null,
      instalments:
        contract?.scheduleTemplate === 'custom'
          ? contract.instalments.map(({ invoiceDate, shareBasisPoints }) => ({ invoiceDate, shareBasisPoints }))
          : [],
    },
    notes: contract?.notes ?? '',
  };
}

/** A municipality's contract: terms, where the invoices go, and the schedule with its instalments. */
export function ContractForm(props: { contract?: ContractDto; onDone: () => void }) {
  const existing = props.contract;
  const form = useForm<ContractFormValues>({
    initialValues: initialValues(existing),
    validate: zod4Resolver(contractFields),
    validateInputOnBlur: true,
  });
  const municipalities = useApiQuery('municipalities.list', {});
  const create = useApiMutation('contracts.create');
  const update = useApiMutation('contracts.update');
  const choices = (municipalities.data ?? [])
    .filter((m) => m.active || m.id === form.values.municipalityId)
    .map((m) => ({ value: String(m.id), label: m.name }));
  const id = existing?.id ?? 0;
  const versioned = useVersionedForm(form, {
    stored: { values: initialValues(existing), version: existing?.version ?? 0 },
    reload: async () => {
      const stored = await call('contracts.get', { id });
      return { values: initialValues(stored), version: stored.version };
    },
    changesSince: auditedChanges('contract', id),
  });

  const submit = saveForm(
    form,
    async (values) => {
      const saved = existing
        ? await update.mutateAsync({ ...values, id: existing.id, version: versioned.version })
        : await create.mutateAsync(values);
      props.onDone();
      return saved;
    },
    (saved) => `De opdracht "${saved.description}" is opgeslagen.`,
    versioned,
  );

  function chooseMunicipality(id: string | null) {
    form.setFieldValue('municipalityId', id === null ? (undefined as unknown as number) : Number(id));
    const municipality = municipalities.data?.find((m) => String(m.id) === id);
    if (municipality && !form.values.billingName) form.setFieldValue('billingName', `Gemeente ${municipality.name}`);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ClashNotice versioned={versioned} labels={CONTRACT_LABELS} />
        <Title order={5}>Opdracht</Title>
        <SimpleGrid cols={2}>
          <Select
            label="Gemeente"
            withAsterisk
            searchable
            data={choices}
            value={form.values.municipalityId ? String(form.values.municipalityId) : null}
            onChange={chooseMunicipality}
            error={form.errors.municipalityId}
          />
          <Select
            label="Soort"
            withAsterisk
            allowDeselect={false}
            data={CONTRACT_KINDS.map((value) => ({ value, label: CONTRACT_KIND_LABELS[value] }))}
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        <TextInput
          label="Omschrijving"
          withAsterisk
          placeholder="Bijvoorbeeld: Proeftuin Buurtgezinnen Valkenburg"
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={3}>
          <DateField label="Begindatum" withAsterisk {...form.getInputProps('startDate')} />
          <DateField label="Einddatum" withAsterisk {...form.getInputProps('endDate')} />
          <MoneyField
            label="Bedrag van de opdracht"
            withAsterisk
            value={form.values.amountCents ?? null}
            onChange={(cents) => form.setFieldValue('amountCents', cents as number)}
            error={form.errors.amountCents}
          />
          <NumberInput
            label="Doel: nieuwe koppelingen per jaar"
            min={0}
            allowDecimal={false}
            {...nullableNumber(form, 'targetMatchesPerYear')}
          />
          <NumberInput
            label="Coördinatoruren per week"
            min={0}
            decimalScale={1}
            decimalSeparator=","
            {...nullableNumber(form, 'coordinatorHoursPerWeek')}
          />
        </SimpleGrid>
        <Divider />
        <Title order={5}>Factuurgegevens van de gemeente</Title>
        <SimpleGrid cols={2}>
          <TextInput label="Naam voor de factuur" withAsterisk {...form.getInputProps('billingName')} />
          <TextInput label="Afdeling" {...form.getInputProps('billingDepartment')} />
          <TextInput label="Contactpersoon" {...form.getInputProps('billingContact')} />
          <TextInput label="E-mail voor facturen" {...form.getInputProps('billingEmail')} />
          <TextInput
            label="Adres"
            withAsterisk
            placeholder="Straat en huisnummer of postbus"
            {...form.getInputProps('billingStreet')}
          />
          <Group grow>
            <TextInput label="Postcode" withAsterisk {...form.getInputProps('billingPostcode')} />
            <TextInput label="Plaats" withAsterisk {...form.getInputProps('billingCity')} />
          </Group>
          <TextInput
            label="Kenmerk van de gemeente"
            withAsterisk
            description="Zoals de gemeente het op de factuur wil"
            {...form.getInputProps('buyerReference')}
          />
          <TextInput
            label="Inkoopordernummer"
            description="Als de gemeente facturen aan een inkooporder koppelt"
            {...form.getInputProps('purchaseOrderNumber')}
          />
          <NumberInput
            label="Betaaltermijn (dagen)"
            min={1}
            max={180}
            allowDecimal={false}
            {...form.getInputProps('paymentTermDays')}
          />
          <TextInput
            label="OIN van de gemeente"
            description="20 cijfers; nodig voor de e-factuur (of het KvK-nummer)"
            {...form.getInputProps('buyerOin')}
          />
          <TextInput label="KvK-nummer van de gemeente" {...form.getInputProps('buyerKvk')} />
        </SimpleGrid>
        <Divider />
        <Title order={5}>Factuurschema</Title>
        <ScheduleFields form={form} />
        <SchedulePreview values={form.values} contractId={existing?.id} />
        <Textarea label="Notities" autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            Annuleren
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            Opslaan
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function nullableNumber(
  form: UseFormReturnType<ContractFormValues>,
  path: 'targetMatchesPerYear' | 'coordinatorHoursPerWeek',
) {
  return {
    value: form.values[path] ?? '',
    onChange: (value: string | number) => form.setFieldValue(path, typeof value === 'number' ? value : null),
    error: form.errors[path],
  };
}
