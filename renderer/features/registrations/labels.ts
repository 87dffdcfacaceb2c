import type { StatusChangeDto } from '../../../shared/api/registrations';
import { STATUS_LABELS, type RegistrationStatus } from '../../../shared/domain/registrations/status';

export const STATUS_COLORS: Record<RegistrationStatus, string> = {
  nieuw: 'blue',
  in_behandeling: 'yellow',
  doorgezet: 'teal',
  wachtlijst: 'grape',
  doorverwezen: 'cyan',
  afgewezen: 'gray',
  ingetrokken: 'gray',
};

export function describeChange(change: StatusChangeDto): string {
  const to = STATUS_LABELS[change.to];
  return change.from ? `${STATUS_LABELS[change.from]} → ${to}` : `Aangemeld (${to})`;
}
