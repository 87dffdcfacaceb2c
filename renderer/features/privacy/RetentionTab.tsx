import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { SETTINGS_ID } from '../../../shared/api/settings';
import { useApiQuery } from '../../api';
import { HistoryList } from '../../ui/HistoryList';
import { RetentionRulesForm } from './RetentionRulesForm';
import { RetentionRun } from './RetentionRun';

/** Instellingen › Bewaartermijnen, for beheer: the schedule, the run that applies it, and who changed what. */
export function RetentionTab() {
  const rules = useApiQuery('privacy.retentionRules', {});
  return (
    <Stack maw={1100}>
      <Card withBorder maw={900}>
        {rules.data ? <RetentionRulesForm rules={rules.data} /> : <Loader size="sm" />}
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          Uitvoeren
        </Title>
        <RetentionRun />
      </Card>
      <Card withBorder maw={900}>
        <Title order={4}>Geschiedenis</Title>
        <Text size="sm" c="dimmed" mb="sm">
          Wie wanneer een bewaartermijn of een andere instelling wijzigde.
        </Text>
        <HistoryList entityType="settings" entityId={SETTINGS_ID} />
      </Card>
    </Stack>
  );
}
