import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { z } from 'zod';
import {
  postgresConnectionFields,
  type ConnectionDto,
  type PostgresConnectionFormValues,
} from '../../../shared/api/connection';
import { useApiMutation } from '../../api';
import { notifySaved, saveForm, showApiError } from '../../ui/form';

const schema = z.object({ postgres: postgresConnectionFields });
type Values = { postgres: PostgresConnectionFormValues };

const RESTART = 'Start de app opnieuw om over te stappen.';

function initialValues(connection: ConnectionDto): Values {
  const saved = connection.saved.engine === 'postgres' ? connection.saved : null;
  return {
    postgres: {
      host: saved?.host ?? '',
      port: saved?.port ?? 5432,
      database: saved?.database ?? 'buurtgezinnen',
      user: saved?.user ?? '',
      password: '',
      tls: saved?.tls ?? 'verify',
      rememberPassword: true,
    },
  };
}

/** Which database this computer works in: its own file, or the team's shared PostgreSQL database. */
export function ConnectionForm({ connection }: { connection: ConnectionDto }) {
  const form = useForm<Values>({ initialValues: initialValues(connection), validate: zod4Resolver(schema) });
  const [tested, setTested] = useState<string | null>(null);
  const test = useApiMutation('connection.test');
  const save = useApiMutation('connection.save');
  const transfer = useApiMutation('connection.transfer');
  const saved = connection.saved;

  async function tryConnection() {
    setTested(null);
    if (form.validate().hasErrors) return;
    try {
      const { serverVersion } = await test.mutateAsync(form.getValues());
      setTested(`De verbinding werkt (PostgreSQL ${serverVersion}).`);
    } catch (error) {
      showApiError(form, error);
    }
  }

  async function useOwnFile() {
    try {
      await save.mutateAsync({ engine: 'sqlite' });
      notifySaved(`Deze computer werkt na de herstart weer in zijn eigen bestand. ${RESTART}`);
    } catch (error) {
      showApiError(form, error);
    }
  }

  function confirmTransfer() {
    if (form.validate().hasErrors) return;
    modals.openConfirmModal({
      title: 'Overzetten naar de gedeelde database?',
      children: (
        <Text size="sm">
          Alle gegevens van deze computer gaan in één keer naar de gedeelde database, die daarvoor leeg moet zijn.
          Daarna werkt deze computer na een herstart in de gedeelde database; het eigen bestand blijft ongewijzigd
          bewaard.
        </Text>
      ),
      labels: { confirm: 'Overzetten', cancel: 'Annuleren' },
      onConfirm: () => void moveIn(),
    });
  }

  async function moveIn() {
    try {
      const { tables } = await transfer.mutateAsync(form.getValues());
      const rows = tables.reduce((sum, table) => sum + table.rows, 0);
      notifySaved(`${rows.toLocaleString('nl-NL')} rijen uit ${tables.length} tabellen overgezet. ${RESTART}`);
    } catch (error) {
      showApiError(form, error);
    }
  }

  const submit = saveForm(
    form,
    (values) => save.mutateAsync({ engine: 'postgres', postgres: values.postgres }),
    () => `De gedeelde database is ingesteld. ${RESTART}`,
  );
  const field = (name: keyof Values['postgres']) => form.getInputProps(`postgres.${name}`);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          Nu in gebruik:{' '}
          {connection.current.engine === 'sqlite'
            ? 'het eigen bestand van deze computer'
            : `de gedeelde database ${connection.current.database} op ${connection.current.host}, als ${connection.current.user}`}
          .
          {saved.engine !== connection.current.engine &&
            ` Na een herstart: ${saved.engine === 'sqlite' ? 'het eigen bestand' : 'de gedeelde database'}.`}
        </Text>
        <Text size="sm" c="dimmed">
          Werkt u met collega’s samen, dan vult u hier de gegevens van de gedeelde database in die de beheerder u gaf.
        </Text>
        <Group align="flex-start">
          <TextInput label="Server" placeholder="db.buurtgezinnen.nl" w={280} {...field('host')} />
          <NumberInput label="Poort" w={110} min={1} max={65535} allowDecimal={false} {...field('port')} />
          <TextInput label="Database" w={200} {...field('database')} />
        </Group>
        <Group align="flex-start">
          <TextInput label="Gebruikersnaam" w={280} autoComplete="username" {...field('user')} />
          <PasswordInput
            label="Wachtwoord"
            w={280}
            autoComplete="current-password"
            placeholder={
              saved.engine === 'postgres' && saved.passwordRemembered ? 'Onthouden; leeg laten om te houden' : ''
            }
            {...field('password')}
          />
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Verbinding
          </Text>
          <SegmentedControl
            style={{ alignSelf: 'flex-start' }}
            data={[
              { value: 'verify', label: 'Versleuteld (TLS, aanbevolen)' },
              { value: 'off', label: 'Onversleuteld (alleen op deze computer)' },
            ]}
            {...field('tls')}
          />
          {form.errors['postgres.tls'] && (
            <Text c="red" size="sm">
              {form.errors['postgres.tls']}
            </Text>
          )}
        </Stack>
        <Checkbox
          label="Wachtwoord onthouden op deze computer (versleuteld in de sleutelbos van het systeem)"
          disabled={!connection.keychainAvailable}
          {...form.getInputProps('postgres.rememberPassword', { type: 'checkbox' })}
        />
        {tested && (
          <Alert color="teal" variant="light">
            {tested}
          </Alert>
        )}
        <Group>
          <Button variant="default" onClick={tryConnection} loading={test.isPending}>
            Verbinding testen
          </Button>
          <Button type="submit" loading={save.isPending}>
            Gedeelde database gebruiken
          </Button>
          {connection.current.engine === 'sqlite' && (
            <Button variant="light" onClick={confirmTransfer} loading={transfer.isPending}>
              Overzetten naar gedeelde database
            </Button>
          )}
          {saved.engine === 'postgres' && (
            <Button variant="subtle" onClick={useOwnFile}>
              Weer op deze computer werken
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
