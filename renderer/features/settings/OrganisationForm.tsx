import {
  Alert,
  Button,
  FileButton,
  Group,
  Image,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import {
  organisationFields,
  type OrganisationDto,
  type OrganisationFormValues,
} from '../../../shared/api/organisation';
import { friendlyIban } from '../../../shared/domain/invoicing/identifiers';
import { VAT_CATEGORIES, VAT_CATEGORY_LABELS } from '../../../shared/domain/invoicing/organisation';
import { call, useApiMutation } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { readDataUrl } from '../../ui/files';
import { auditedChanges, notifyError, saveForm, useVersionedForm } from '../../ui/form';
import { FormActions } from '../../ui/FormActions';
import { ORGANISATION_LABELS } from './labels';

function initialValues(organisation: OrganisationDto): OrganisationFormValues {
  return {
    name: organisation.name,
    street: organisation.street ?? '',
    postcode: organisation.postcode ?? '',
    city: organisation.city ?? '',
    email: organisation.email ?? '',
    phone: organisation.phone ?? '',
    website: organisation.website ?? '',
    kvkNumber: organisation.kvkNumber ?? '',
    iban: organisation.iban ? friendlyIban(organisation.iban) : '',
    bic: organisation.bic ?? '',
    vatCategory: organisation.vatCategory,
    vatNumber: organisation.vatNumber ?? '',
    vatExemptionText: organisation.vatExemptionText,
    logoDataUrl: organisation.logoDataUrl,
  };
}

/** Buurtgezinnen's own details, as every invoice prints them. */
export function OrganisationForm({ organisation }: { organisation: OrganisationDto }) {
  const form = useForm<OrganisationFormValues>({
    initialValues: initialValues(organisation),
    validate: zod4Resolver(organisationFields),
    validateInputOnBlur: true,
  });
  const versioned = useVersionedForm(form, {
    stored: { values: initialValues(organisation), version: organisation.version },
    reload: async () => {
      const stored = await call('organisation.get', {});
      return { values: initialValues(stored), version: stored.version };
    },
    changesSince: auditedChanges('organisation', organisation.id),
  });
  const update = useApiMutation('organisation.update');
  const submit = saveForm(
    form,
    (values) => update.mutateAsync({ ...values, version: versioned.version }),
    () => 'De gegevens van de stichting zijn opgeslagen.',
    versioned,
  );

  function chooseLogo(file: File | null) {
    if (!file) return;
    readDataUrl(file).then(
      (url) => form.setFieldValue('logoDataUrl', url),
      () => notifyError(null),
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ClashNotice versioned={versioned} labels={ORGANISATION_LABELS} />
        {organisation.gaps.length > 0 && (
          <Alert color="orange" title="Nog niet compleet">
            Facturen kunnen pas definitief worden als dit is ingevuld:{' '}
            {organisation.gaps.map((g) => g.message.replace(/ ontbreekt\.$/, '')).join(', ')}.
          </Alert>
        )}
        <SimpleGrid cols={2}>
          <TextInput label="Naam" withAsterisk {...form.getInputProps('name')} />
          <TextInput label="Website" {...form.getInputProps('website')} />
          <TextInput label="Adres" placeholder="Straat en huisnummer" {...form.getInputProps('street')} />
          <Group grow>
            <TextInput label="Postcode" {...form.getInputProps('postcode')} />
            <TextInput label="Plaats" {...form.getInputProps('city')} />
          </Group>
          <TextInput label="E-mail" {...form.getInputProps('email')} />
          <TextInput label="Telefoon" {...form.getInputProps('phone')} />
          <TextInput label="KvK-nummer" {...form.getInputProps('kvkNumber')} />
          <TextInput label="IBAN" {...form.getInputProps('iban')} />
          <TextInput label="BIC" {...form.getInputProps('bic')} />
          <Select
            label="Btw"
            data={VAT_CATEGORIES.map((value) => ({ value, label: VAT_CATEGORY_LABELS[value] }))}
            allowDeselect={false}
            {...form.getInputProps('vatCategory')}
          />
          <TextInput
            label="Btw-nummer"
            description="Alleen bij vrijstelling van btw"
            {...form.getInputProps('vatNumber')}
          />
        </SimpleGrid>
        <Textarea
          label="Tekst over de btw op de factuur"
          autosize
          minRows={2}
          {...form.getInputProps('vatExemptionText')}
        />
        <Group align="center">
          {form.values.logoDataUrl ? (
            <Image src={form.values.logoDataUrl} alt="Logo" h={48} w="auto" fit="contain" />
          ) : (
            <Text size="sm" c="dimmed">
              Geen logo: de naam staat bovenaan.
            </Text>
          )}
          <FileButton onChange={chooseLogo} accept="image/png,image/jpeg">
            {(props) => (
              <Button variant="default" size="xs" {...props}>
                Logo kiezen…
              </Button>
            )}
          </FileButton>
          {form.values.logoDataUrl && (
            <Button variant="subtle" size="xs" onClick={() => form.setFieldValue('logoDataUrl', null)}>
              Logo weghalen
            </Button>
          )}
          {form.errors.logoDataUrl && (
            <Text size="sm" c="red">
              {form.errors.logoDataUrl}
            </Text>
          )}
        </Group>
        <FormActions saving={update.isPending} />
      </Stack>
    </form>
  );
}
