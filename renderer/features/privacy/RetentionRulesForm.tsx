import { Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { retentionRulesUpdate, type RetentionRuleDto } from '../../../shared/api/privacy';
import { RETENTION_KIND_INFO } from '../../../shared/domain/privacy/retention';
import { useApiMutation } from '../../api';
import { saveForm } from '../../ui/form';
import { FormActions } from '../../ui/FormActions';

/** The periods of the retention schedule, each with what it counts from and why that long. */
export function RetentionRulesForm({ rules }: { rules: RetentionRuleDto[] }) {
  const form = useForm({ initialValues: { rules }, validate: zod4Resolver(retentionRulesUpdate) });
  const update = useApiMutation('privacy.retentionUpdate');
  const submit = saveForm(
    form,
    async (values) => {
      const saved = await update.mutateAsync(values);
      // The saved versions, so a second save in a row is not refused as stale.
      form.setInitialValues({ rules: saved });
      form.setValues({ rules: saved });
      return saved;
    },
    () => 'De bewaartermijnen zijn opgeslagen.',
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {form.values.rules.map((rule, index) => {
          const info = RETENTION_KIND_INFO[rule.kind];
          return (
            <Stack key={rule.kind} gap={4} data-testid={`retention-rule-${rule.kind}`}>
              <Title order={5}>{info.label}</Title>
              <Text size="sm" c="dimmed">
                {info.explanation} Standaard: {info.defaultMonths} maanden.
              </Text>
              <Group align="flex-start" wrap="nowrap">
                <NumberInput
                  label="Bewaren (maanden)"
                  w={170}
                  min={info.minimumMonths}
                  max={600}
                  // Said, not silently raised to the minimum: the law's message names why.
                  clampBehavior="none"
                  allowDecimal={false}
                  {...form.getInputProps(`rules.${index}.months`)}
                />
                <Textarea
                  label="Reden"
                  autosize
                  minRows={1}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`rules.${index}.reason`)}
                />
              </Group>
            </Stack>
          );
        })}
        <FormActions saving={update.isPending} />
      </Stack>
    </form>
  );
}
