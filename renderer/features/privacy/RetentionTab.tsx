import { Card, Loader, Stack, Title } from '@mantine/core';
import { useApiQuery } from '../../api';
import { RetentionRulesForm } from './RetentionRulesForm';
import { RetentionRun } from './RetentionRun';

/** Instellingen › Bewaartermijnen, for beheer: the schedule, and the run that applies it. */
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
    </Stack>
  );
}
