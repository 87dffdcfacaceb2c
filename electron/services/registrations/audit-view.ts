import { CHANNEL_LABELS, REFERRER_TYPE_LABELS } from '../../../shared/api/registrations';
import { formatDate } from '../../../shared/domain/format';
import { STATUS_LABELS } from '../../../shared/domain/registrations/status';
import type { ServiceContext } from '../context';
import { getRegistration } from './registrations';

/** A registration as the audit trail records it: in the words and notation the user sees. */
export async function registrationAuditView(ctx: ServiceContext, id: number): Promise<object> {
  const { family, history: _history, municipality, coordinator, ...fields } = await getRegistration(ctx, { id });
  return {
    ...fields,
    receivedDate: formatDate(fields.receivedDate),
    status: STATUS_LABELS[fields.status],
    channel: CHANNEL_LABELS[fields.channel],
    referrerType: fields.referrerType ? REFERRER_TYPE_LABELS[fields.referrerType] : null,
    family: family.name,
    municipality: municipality?.name ?? null,
    coordinator: coordinator?.name ?? null,
  };
}
