import { Button, Checkbox, Group, PasswordInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from '../../../shared/api/access';
import {
  accountCreate,
  accountUpdate,
  passwordReset,
  type AccountCreateValues,
  type AccountDto,
  type AccountUpdateValues,
} from '../../../shared/api/accounts';
import { useApiMutation } from '../../api';
import { saveForm } from '../../ui/form';
import { FormActions } from '../../ui/FormActions';

function RoleChoice(props: { value?: Role[]; onChange: (roles: Role[]) => void; error?: React.ReactNode }) {
  return (
    <Checkbox.Group
      label="Rollen"
      withAsterisk
      value={props.value}
      onChange={(v) => props.onChange(v)}
      error={props.error}
    >
      <Stack gap={6} mt={6}>
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={ROLE_LABELS[role]} description={ROLE_DESCRIPTIONS[role]} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** A new colleague: login, name, roles and a first password to hand over in person. */
export function NewAccountForm({ onDone }: { onDone: () => void }) {
  const form = useForm<AccountCreateValues>({
    initialValues: { login: '', name: '', roles: ['backoffice'], password: '' },
    validate: zod4Resolver(accountCreate),
    validateInputOnBlur: true,
  });
  const create = useApiMutation('accounts.create');
  const submit = saveForm(
    form,
    (values) => create.mutateAsync(values),
    (account) => {
      onDone();
      return `Het account ${account.login} is aangemaakt. Geef het wachtwoord persoonlijk door.`;
    },
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Gebruikersnaam"
          description="Kleine letters, bijvoorbeeld a.devries"
          withAsterisk
          data-autofocus
          {...form.getInputProps('login')}
        />
        <TextInput label="Naam" withAsterisk {...form.getInputProps('name')} />
        <RoleChoice {...form.getInputProps('roles')} />
        <PasswordInput
          label="Eerste wachtwoord"
          description="Minstens 12 tekens; de collega kiest daarna een eigen wachtwoord."
          withAsterisk
          {...form.getInputProps('password')}
        />
        <FormActions onCancel={onDone} saving={create.isPending} submitLabel="Account aanmaken" />
      </Stack>
    </form>
  );
}

/** Name, roles and whether the account may sign in; a password beheer sets anew. */
export function EditAccountForm({ account, onDone }: { account: AccountDto; onDone: () => void }) {
  const [loaded] = useState(() => ({ name: account.name, roles: account.roles, enabled: account.enabled }));
  const form = useForm<AccountUpdateValues>({
    initialValues: { id: account.id, ...loaded, was: loaded },
    validate: zod4Resolver(accountUpdate),
  });
  const update = useApiMutation('accounts.update');
  const submit = saveForm(
    form,
    (values) => update.mutateAsync(values),
    () => {
      onDone();
      return 'Het account is opgeslagen.';
    },
  );
  return (
    <Stack>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            Gebruikersnaam: {account.login}
          </Text>
          <TextInput label="Naam" withAsterisk {...form.getInputProps('name')} />
          <RoleChoice {...form.getInputProps('roles')} />
          <Switch
            label="Mag aanmelden"
            description="Uitgezet kan deze collega niet meer aanmelden; de geschiedenis blijft."
            {...form.getInputProps('enabled', { type: 'checkbox' })}
          />
          <FormActions onCancel={onDone} saving={update.isPending} />
        </Stack>
      </form>
      <PasswordResetForm account={account} />
    </Stack>
  );
}

function PasswordResetForm({ account }: { account: AccountDto }) {
  const form = useForm({ initialValues: { id: account.id, password: '' }, validate: zod4Resolver(passwordReset) });
  const reset = useApiMutation('accounts.resetPassword');
  const submit = saveForm(
    form,
    (values) => reset.mutateAsync(values),
    () => {
      form.reset();
      return 'Het nieuwe wachtwoord geldt direct. Geef het persoonlijk door.';
    },
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Wachtwoord opnieuw instellen">
      <Group align="flex-end">
        <PasswordInput
          label="Nieuw wachtwoord"
          description="Minstens 12 tekens"
          style={{ flex: 1 }}
          {...form.getInputProps('password')}
        />
        <Button type="submit" variant="light" loading={reset.isPending}>
          Wachtwoord opnieuw instellen
        </Button>
      </Group>
    </form>
  );
}
