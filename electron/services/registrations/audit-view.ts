import type { ServiceContext } from '../context';
import { getRegistration } from './registrations';

/** A registration as the audit trail records it: its own fields as stored, related records by name. */
export async function registrationAuditView(ctx: ServiceContext, id: number): Promise<object> {
  const { family, history: _history, municipality, coordinator, ...fields } = await getRegistration(ctx, { id });
  return {
    ...fields,
    family: family.name,
    municipality: municipality?.name ?? null,
    coordinator: coordinator?.name ?? null,
  };
}
