import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { Link, Outlet, useLocation } from 'react-router';

export const WORK_AREAS = [
  { path: '/aanmeldingen', label: 'Aanmeldingen' },
  { path: '/gezinnen', label: 'Gezinnen' },
  { path: '/koppelingen', label: 'Koppelingen' },
  { path: '/vog', label: 'VOG' },
  { path: '/verzekeringen', label: 'Verzekeringen' },
  { path: '/gemeenten', label: 'Gemeenten & facturen' },
  { path: '/instellingen', label: 'Instellingen' },
] as const;

export function AppLayout() {
  const { pathname } = useLocation();
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
        {WORK_AREAS.map(({ path, label }) => (
          <NavLink key={path} component={Link} to={path} label={label} active={pathname.startsWith(path)} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
