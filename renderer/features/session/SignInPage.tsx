import { Button, Card, Center, Checkbox, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { signIn, type SignedOutDto, type SignInValues } from '../../../shared/api/accounts';
import { call } from '../../api';
import { showApiError } from '../../ui/form';

/** The shared database asks each colleague who they are, with their own account. */
export function SignInPage({ session }: { session: SignedOutDto }) {
  const client = useQueryClient();
  const form = useForm<SignInValues>({
    initialValues: { login: session.login, password: '', remember: false },
    validate: zod4Resolver(signIn),
  });
  const signingIn = useMutation({
    mutationFn: (values: SignInValues) => call('session.signIn', values),
    // Everything asked before belonged to nobody: ask it all again as the colleague now signed in.
    onSuccess: () => client.resetQueries(),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await signingIn.mutateAsync(values);
    } catch (error) {
      // Emptied first: a changed field loses its message, and the message must stay.
      form.setFieldValue('password', '');
      showApiError(form, error);
    }
  });
  return (
    <Center h="100vh" bg="gray.0">
      <Card withBorder shadow="sm" w={420} p="xl">
        <form onSubmit={submit} noValidate aria-label="Aanmelden">
          <Stack>
            <div>
              <Title order={3} c="teal.8">
                Buurtgezinnen Backoffice
              </Title>
              <Text size="sm" c="dimmed">
                Meld u aan bij de gedeelde database {session.database} op {session.server}.
              </Text>
            </div>
            <TextInput label="Gebruikersnaam" autoComplete="username" withAsterisk {...form.getInputProps('login')} />
            <PasswordInput
              label="Wachtwoord"
              autoComplete="current-password"
              withAsterisk
              data-autofocus
              {...form.getInputProps('password')}
            />
            <Checkbox
              label="Wachtwoord onthouden op deze computer"
              description="Versleuteld in de sleutelhanger van het besturingssysteem. Niet op een gedeelde computer."
              {...form.getInputProps('remember', { type: 'checkbox' })}
            />
            <Button type="submit" loading={signingIn.isPending}>
              Aanmelden
            </Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
