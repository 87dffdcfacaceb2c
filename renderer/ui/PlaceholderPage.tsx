import { Alert, Stack, Title } from '@mantine/core';

/** A work area whose screens arrive in a later version of the app. */
export function PlaceholderPage({ title }: { title: string }) {
  return (
    <Stack>
      <Title order={2}>{title}</Title>
      <Alert color="gray" title="Nog niet beschikbaar">
        Dit onderdeel komt in een volgende versie van de backoffice.
      </Alert>
    </Stack>
  );
}
