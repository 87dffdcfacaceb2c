import {
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { settingsUpdate, type SettingsDto, type SystemInfoDto } from '../../../shared/api/settings';
import { formatDateTime } from '../../../shared/domain/format';
import { useApiMutation, useApiQuery } from '../../api';
import { saveForm } from '../../ui/form';
import { ConnectionForm } from './ConnectionForm';
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
      <Tabs defaultValue="work" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="work">Werkwijze</Tabs.Tab>
          <Tabs.Tab value="organisation">Stichting</Tabs.Tab>
          <Tabs.Tab value="documents">Documenten</Tabs.Tab>
          <Tabs.Tab value="data">Gegevens</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="work">
          <Card withBorder maw={900}>
            {settings.data ? (
              <WorkSettingsForm
                key={settings.data.version}
                settings={settings.data}
                shared={connection.data?.current.engine === 'postgres'}
              />
            ) : (
              <Loader size="sm" />
            )}
          </Card>
        </Tabs.Panel>
        <Tabs.Panel value="organisation">
          <Card withBorder maw={900}>
            <Text size="sm" c="dimmed" mb="sm">
              Zoals de stichting op facturen, contracten en rapportages staat.
            </Text>
            {organisation.data ? (
              <OrganisationForm key={organisation.data.version} organisation={organisation.data} />
            ) : (
              <Loader size="sm" />
            )}
          </Card>
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <Card withBorder>
            <TemplatesForm />
          </Card>
        </Tabs.Panel>
        <Tabs.Panel value="data">
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
          </Stack>
        </Tabs.Panel>
      </Tabs>
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
      <Text size="sm" mb="xs">
        De app maakt elke dag en vóór elke update een reservekopie en bewaart de laatste tien.
      </Text>
      <Table fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Reservekopie</Table.Th>
            <Table.Th>Gemaakt</Table.Th>
            <Table.Th>Grootte</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {system?.backups.map((backup) => (
            <Table.Tr key={backup.fileName}>
              <Table.Td ff="monospace">{backup.fileName}</Table.Td>
              <Table.Td>{formatDateTime(backup.createdAt)}</Table.Td>
              <Table.Td>{Math.ceil(backup.sizeBytes / 1024)} kB</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** `shared`: on the team's database the history names each colleague by their own login instead. */
function WorkSettingsForm({ settings, shared }: { settings: SettingsDto; shared: boolean }) {
  const form = useForm({
    initialValues: {
      employeeName: settings.employeeName ?? '',
      overdueDays: settings.overdueDays,
      vogAllAdults: settings.vogAllAdults,
      vogRequestWeeks: settings.vogRequestWeeks,
      vogNewMatchMonths: settings.vogNewMatchMonths,
      vogRenewYears: settings.vogRenewYears,
      version: settings.version,
    },
    validate: zod4Resolver(settingsUpdate),
  });
  const update = useApiMutation('settings.update', ['settings', 'audit']);
  const submit = saveForm(
    form,
    (values) => update.mutateAsync(values),
    () => 'De instellingen zijn opgeslagen.',
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {!shared && (
          <TextInput
            label="Uw naam"
            description="Staat in de geschiedenis bij elke wijziging die u maakt. Zonder naam gebruikt de app uw gebruikersnaam op deze computer."
            w={480}
            {...form.getInputProps('employeeName')}
          />
        )}
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
        <Group>
          <Button type="submit" loading={update.isPending}>
            Opslaan
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
