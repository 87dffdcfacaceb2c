import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../api';
import { notifyError } from './form';

/** Closes the colleague's connection to the shared database and forgets a remembered password. */
export function SignOutButton() {
  const client = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => call('session.signOut', {}),
    onSuccess: () => client.resetQueries(),
    onError: notifyError,
  });
  return (
    <Button variant="subtle" size="compact-xs" onClick={() => signOut.mutate()} loading={signOut.isPending}>
      Afmelden
    </Button>
  );
}
