import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useApiQuery } from '../../api';
import { SignInPage } from './SignInPage';

/** Nothing of the app until the session is known, and on the shared database until someone signed in. */
export function SessionGuard({ children }: { children: ReactNode }) {
  const { data } = useApiQuery('session.current', {});
  if (!data) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  return data.signedIn ? children : <SignInPage session={data} />;
}
