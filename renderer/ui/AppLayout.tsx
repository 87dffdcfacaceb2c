import { AppShell, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { mayUse, ROLE_LABELS } from '../../shared/api/access';
import { contract, type OperationName } from '../../shared/api/contract';
import { useSession } from './session';
import { SignOutButton } from './SignOutButton';

/** Each work area with the question its page starts from: a role that may not ask it does not see the area. */
export const WORK_AREAS = [
  { path: '/aanmeldingen', label: 'Aanmeldingen', needs: 'registrations.queue' },
  { path: '/gezinnen', label: 'Gezinnen', needs: 'families.search' },
  { path: '/koppelingen', label: 'Koppelingen', needs: 'matches.list' },
  { path: '/vog', label: 'VOG', needs: 'vog.list' },
  { path: '/verzekeringen', label: 'Verzekeringen', needs: 'policies.list' },
  { path: '/gemeenten', label: 'Gemeenten & facturen', needs: 'municipalities.list' },
  { path: '/instellingen', label: 'Instellingen', needs: 'settings.get' },
] as const satisfies readonly { path: string; label: string; needs: OperationName }[];

export type WorkArea = (typeof WORK_AREAS)[number];

/** The work areas the signed-in colleague's roles open. */
export function useWorkAreas(): WorkArea[] {
  const session = useSession();
  if (!session) return [];
  return WORK_AREAS.filter(({ needs }) => mayUse(contract[needs].access, session.roles));
}

/** `notice`: shown above every page, such as the first start's steps. */
export function AppLayout({ notice }: { notice?: ReactNode }) {
  const { pathname } = useLocation();
  const areas = useWorkAreas();
  const session = useSession();
  return (
    <AppShell navbar={{ width: 230, breakpoint: 0 }} padding="md">
      <AppShell.Navbar p="sm" aria-label="Werkgebieden">
        <Group gap={6} mb="md" px={6}>
          <Title order={4} c="teal.8">
            Buurtgezinnen
          </Title>
          <Text size="xs" c="dimmed">
            Backoffice
          </Text>
        </Group>
        {areas.map(({ path, label }) => (
          <NavLink key={path} component={Link} to={path} label={label} active={pathname.startsWith(path)} />
        ))}
        {session && (
          <Stack gap={2} mt="auto" px={6} pt="md" aria-label="Aangemeld">
            <Text size="sm" fw={500}>
              {session.name}
            </Text>
            <Text size="xs" c="dimmed">
              {session.engine === 'postgres'
                ? session.roles.map((role) => ROLE_LABELS[role]).join(', ')
                : 'Op deze computer'}
            </Text>
            {session.engine === 'postgres' && <SignOutButton />}
          </Stack>
        )}
      </AppShell.Navbar>
      <AppShell.Main>
        {notice}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
