import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/domain/format';
import { useApiQuery } from '../../api';
import { useMayUse } from '../../ui/session';

/** Reminds beheer, above every page, once a month to look at what has passed its retention period. */
export function RetentionReminder() {
  const mayRun = useMayUse('privacy.retentionRun');
  const due = useApiQuery('privacy.retentionDue', {}, { enabled: mayRun });
  if (!mayRun || !due.data?.due) return null;
  return (
    <Alert color="orange" title="Bewaartermijnen" mb="md" data-testid="retention-reminder">
      <Text size="sm">
        {due.data.lastRunAt
          ? `De bewaartermijnen zijn voor het laatst uitgevoerd op ${formatDateTime(due.data.lastRunAt)}.`
          : 'De bewaartermijnen zijn nog nooit uitgevoerd.'}{' '}
        Eens per maand anonimiseert de app wat langer is bewaard dan nodig.{' '}
        <Anchor component={Link} to="/instellingen?tab=retention" size="sm">
          Bekijk de proefrun en voer de bewaartermijnen uit.
        </Anchor>
      </Text>
    </Alert>
  );
}
