import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { RECORD_KINDS } from '../../../shared/api/access';
import { PRESENCE_KINDS } from '../../../shared/api/presence';
import { select, sql } from '../../db/sql';

/**
 * What the apps on one PostgreSQL database tell each other. Every message names its `source` (one
 * running app, a random id) so an app skips its own; the server adds `by`, the sender's login, so
 * no app can speak in another's name. Ids and kinds only: never anything about a family.
 */
export const CHANGES_CHANNEL = 'buurtgezinnen_changes';
export const PRESENCE_CHANNEL = 'buurtgezinnen_presence';

const changeMessage = z.object({ source: z.string(), kinds: z.array(z.enum(RECORD_KINDS)) });
export type ChangeMessage = z.output<typeof changeMessage>;

const presenceMessage = z.object({
  source: z.string(),
  kind: z.enum(PRESENCE_KINDS),
  id: z.number().int(),
  open: z.boolean(),
  by: z.string(),
});
export type PresenceMessage = z.output<typeof presenceMessage>;

/** Sends on the channel once the transaction commits (a rolled-back one says nothing). */
export async function notify(manager: EntityManager, channel: string, message: object): Promise<void> {
  await select(
    manager,
    sql`SELECT pg_notify(${channel}, (${JSON.stringify(message)}::jsonb || jsonb_build_object('by', session_user))::text)`,
  );
}

/** A change as another app announced it; null when it cannot be read (say, from a newer version). */
export function readChange(payload: string): ChangeMessage | null {
  return parsed(changeMessage, payload);
}

export function readPresence(payload: string): PresenceMessage | null {
  return parsed(presenceMessage, payload);
}

function parsed<T>(schema: z.ZodType<T>, payload: string): T | null {
  try {
    const result = schema.safeParse(JSON.parse(payload));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
