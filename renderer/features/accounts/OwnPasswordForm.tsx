import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { passwordChange, type PasswordChangeValues } from '../../../shared/api/accounts';
import { useApiMutation } from '../../api';
import { saveForm } from '../../ui/form';
import { useSession } from '../../ui/session';

/** A colleague's own password on the shared database. */
export function OwnPasswordForm() {
  const session = useSession();
  const form = useForm<PasswordChangeValues>({
    initialValues: { password: '', repeat: '' },
    validate: zod4Resolver(passwordChange),
  });
  const change = useApiMutation('session.changePassword');
  const submit = saveForm(
    form,
    (values) => change.mutateAsync(values),
    () => {
      form.reset();
      return 'Uw nieuwe wachtwoord geldt vanaf de volgende keer dat u zich aanmeldt.';
    },
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={480}>
        <Text size="sm">
          Aangemeld als <strong>{session?.name}</strong> ({session?.login})
        </Text>
        <PasswordInput
          label="Nieuw wachtwoord"
          description="Minstens 12 tekens"
          withAsterisk
          {...form.getInputProps('password')}
        />
        <PasswordInput label="Nieuw wachtwoord nogmaals" withAsterisk {...form.getInputProps('repeat')} />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            Wachtwoord wijzigen
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
