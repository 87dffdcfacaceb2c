import { Card, Group, Loader, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { settingsFields, type SettingsDto, type SystemInfoDto } from '../../../shared/api/settings';
import { call, useApiMutation, useApiQuery } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { auditedChanges, saveForm, useVersionedForm } from '../../ui/form';
import { FormActions } from '../../ui/FormActions';
import { RoleTabs } from '../../ui/RoleTabs';
import { AccessLogTab } from '../access-log/AccessLogTab';
import { AccountsTab } from '../accounts/AccountsTab';
import { OwnPasswordForm } from '../accounts/OwnPasswordForm';
import { RetentionTab } from '../privacy/RetentionTab';
import { BackupsPanel } from './BackupsPanel';
import { ConnectionForm } from './ConnectionForm';
import { SETTINGS_LABELS } from './labels';
import { OrganisationForm } from './OrganisationForm';
import { TemplatesForm } from './TemplatesForm';

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  const system = useApiQuery('system.info', {});
  const organisation = useApiQuery('organisation.get', {});
  const connection = useApiQuery('connection.get', {});
  return (
    <Stack maw={1100}>
      <Title order={2}>Instellingen</Title>
      <RoleTabs
        tabs={[
          {
            value: 'work',
            label: 'Werkwijze',
            needs: ['settings.update'],
            panel: (
              <Card withBorder maw={900}>
                {settings.data ? <WorkSettingsForm settings={settings.data} /> : <Loader size="sm" />}
              </Card>
            ),
          },
          {
            value: 'organisation',
            label: 'Stichting',
            needs: ['organisation.update'],
            panel: (
              <Card withBorder maw={900}>
                <Text size="sm" c="dimmed" mb="sm">
                  Zoals de stichting op facturen, contracten en rapportages staat.
                </Text>
                {organisation.data ? <OrganisationForm organisation={organisation.data} /> : <Loader size="sm" />}
              </Card>
            ),
          },
          {
            value: 'documents',
            label: 'Documenten',
            needs: ['templates.save'],
            panel: (
              <Card withBorder>
                <TemplatesForm />
              </Card>
            ),
          },
          { value: 'accounts', label: 'Accounts', needs: ['accounts.list'], sharedOnly: true, panel: <AccountsTab /> },
          { value: 'access-log', label: 'Inzagelog', needs: ['accessLog.list'], panel: <AccessLogTab /> },
          { value: 'retention', label: 'Bewaartermijnen', needs: ['privacy.retentionRun'], panel: <RetentionTab /> },
          {
            value: 'me',
            label: 'Mijn account',
            needs: ['session.changePassword'],
            sharedOnly: true,
            panel: <OwnPasswordForm />,
          },
          {
            value: 'data',
            label: 'Gegevens',
            needs: ['connection.get'],
            panel: (
              <Stack maw={900}>
                <Card withBorder>
                  <Title order={4} mb="xs">
                    Database
                  </Title>
                  {connection.data ? <ConnectionForm connection={connection.data} /> : <Loader size="sm" />}
                </Card>
                {connection.data?.current.engine !== 'postgres' && (
                  <Card withBorder>
                    <DataFolder system={system.data} />
                  </Card>
                )}
                <BackupsPanel />
              </Stack>
            ),
          },
        ]}
      />
    </Stack>
  );
}

function DataFolder({ system }: { system: SystemInfoDto | undefined }) {
  return (
    <>
      <Text size="sm">De gegevens staan alleen op deze computer, in:</Text>
      <Text size="sm" ff="monospace" mb="sm">
        {system?.databaseFile}
      </Text>
      <Text size="sm">
        De app maakt elke dag en vóór elke update een reservekopie en bewaart de laatste tien (hieronder).
      </Text>
    </>
  );
}

function settingsValues(settings: SettingsDto) {
  return {
    overdueDays: settings.overdueDays,
    vogAllAdults: settings.vogAllAdults,
    vogRequestWeeks: settings.vogRequestWeeks,
    vogNewMatchMonths: settings.vogNewMatchMonths,
    vogRenewYears: settings.vogRenewYears,
  };
}

function WorkSettingsForm({ settings }: { settings: SettingsDto }) {
  const form = useForm({
    initialValues: settingsValues(settings),
    validate: zod4Resolver(settingsFields),
  });
  const versioned = useVersionedForm(form, {
    stored: { values: settingsValues(settings), version: settings.version },
    reload: async () => {
      const stored = await call('settings.get', {});
      return { values: settingsValues(stored), version: stored.version };
    },
    changesSince: auditedChanges('settings', settings.id),
  });
  const update = useApiMutation('settings.update');
  const submit = saveForm(
    form,
    (values) => update.mutateAsync({ ...values, version: versioned.version }),
    () => 'De instellingen zijn opgeslagen.',
    versioned,
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ClashNotice versioned={versioned} labels={SETTINGS_LABELS} />
        <NumberInput
          label="Aanmelding te lang in behandeling na (dagen)"
          description="Aanmeldingen die langer wachten, worden in de wachtrij gemarkeerd."
          w={480}
          min={1}
          max={365}
          allowDecimal={false}
          {...form.getInputProps('overdueDays')}
        />
        <Switch
          label="Ook andere huisgenoten van 18 jaar en ouder in een steungezin hebben een VOG nodig"
          {...form.getInputProps('vogAllAdults', { type: 'checkbox' })}
        />
        <Group grow maw={720}>
          <NumberInput
            label="VOG-aanvraag te lang na (weken)"
            min={1}
            max={52}
            allowDecimal={false}
            {...form.getInputProps('vogRequestWeeks')}
          />
          <NumberInput
            label="VOG voor een nieuwe koppeling hoogstens (maanden) oud"
            min={1}
            max={24}
            allowDecimal={false}
            {...form.getInputProps('vogNewMatchMonths')}
          />
          <NumberInput
            label="VOG vernieuwen elke (jaren)"
            min={1}
            max={10}
            allowDecimal={false}
            {...form.getInputProps('vogRenewYears')}
          />
        </Group>
        <FormActions saving={update.isPending} />
      </Stack>
    </form>
  );
}
