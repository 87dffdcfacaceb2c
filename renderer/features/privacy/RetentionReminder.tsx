import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useApiQuery } from '../../api';
import { useMayUse } from '../../ui/session';

/** Reminds beheer, above every page, that records have passed their retention period. */
export function RetentionReminder() {
  const mayRun = useMayUse('privacy.retentionRun');
  const due = useApiQuery('privacy.retentionDue', {}, { enabled: mayRun });
  if (!mayRun || !due.data?.due) return null;
  return (
    <Alert color="orange" title="Bewaartermijnen" mb="md" data-testid="retention-reminder">
      <Text size="sm">
        Bij {due.data.items === 1 ? 'één gezin of VOG-registratie' : `${due.data.items} gezinnen of VOG-registraties`}{' '}
        is de bewaartermijn verstreken.{' '}
        <Anchor component={Link} to="/instellingen?tab=retention" size="sm">
          Bekijk de proefrun en voer de bewaartermijnen uit.
        </Anchor>
      </Text>
    </Alert>
  );
}
