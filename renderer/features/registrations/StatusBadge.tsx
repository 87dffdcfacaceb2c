import { Badge } from '@mantine/core';
import { STATUS_LABELS, type RegistrationStatus } from '../../../shared/domain/registrations/status';
import { STATUS_COLORS } from './labels';

export function StatusBadge({ status }: { status: RegistrationStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
