import { Alert, Anchor, Button, Group, List, Text, ThemeIcon } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { OperationName } from '../../../shared/api/contract';
import { useApiQuery } from '../../api';
import { useMayUse } from '../../ui/session';

interface Step {
  done: boolean;
  text: string;
  link: string;
  /** Who may do the step: a colleague who may not is not asked to. */
  needs: OperationName;
}

/**
 * The first start: what the foundation sets up before the daily work goes well, each step with a
 * link to where it is done. It goes once everything is in place, or for now with "Later".
 */
export function SetupChecklist() {
  const [later, setLater] = useState(false);
  const organisation = useApiQuery('organisation.get', {});
  const municipalities = useApiQuery('municipalities.list', {});
  const coordinators = useApiQuery('coordinators.list', {});
  const mayChange = {
    'organisation.update': useMayUse('organisation.update'),
    'municipalities.create': useMayUse('municipalities.create'),
    'coordinators.create': useMayUse('coordinators.create'),
  } as Partial<Record<OperationName, boolean>>;
  if (!organisation.data || !municipalities.data || !coordinators.data) return null;
  const steps: Step[] = [
    {
      done: organisation.data.gaps.length === 0,
      text: 'Vul de gegevens van de stichting in (naam, adres, KvK, IBAN): ze staan op facturen en contracten.',
      link: '/instellingen?tab=organisation',
      needs: 'organisation.update',
    },
    {
      done: municipalities.data.length > 0,
      text: 'Voeg de gemeenten toe waar de stichting werkt, met hun postcodegebieden (werkgebied).',
      link: '/gemeenten?tab=municipalities',
      needs: 'municipalities.create',
    },
    {
      done: coordinators.data.length > 0,
      text: 'Voeg de coördinatoren toe en koppel ze aan hun gemeenten.',
      link: '/gemeenten?tab=coordinators',
      needs: 'coordinators.create',
    },
  ];
  const open = steps.filter((step) => !step.done && mayChange[step.needs]);
  if (later || open.length === 0) return null;
  return (
    <Alert color="teal" title="Aan de slag" mb="md" data-testid="setup-checklist">
      <Text size="sm" mb="xs">
        Nog {open.length === 1 ? 'één stap' : `${open.length} stappen`} voordat het dagelijkse werk goed loopt:
      </Text>
      <List
        size="sm"
        spacing={4}
        icon={
          <ThemeIcon size={16} radius="xl" color="teal" variant="light">
            ›
          </ThemeIcon>
        }
      >
        {open.map((step) => (
          <List.Item key={step.link}>
            <Anchor component={Link} to={step.link} size="sm">
              {step.text}
            </Anchor>
          </List.Item>
        ))}
      </List>
      <Group justify="flex-end">
        <Button size="xs" variant="subtle" onClick={() => setLater(true)}>
          Later
        </Button>
      </Group>
    </Alert>
  );
}
