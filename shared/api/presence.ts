import { z } from 'zod';
import { BACKOFFICE } from './access';
import { id } from './fields';
import { operation } from './operation';

/** The records whose drawer tells colleagues who has it open. */
export const PRESENCE_KINDS = ['registration', 'match'] as const;
export type PresenceKind = (typeof PRESENCE_KINDS)[number];

/** How often an open drawer says it is still open; colleagues' apps forget it after three silent beats. */
export const PRESENCE_HEARTBEAT_MS = 20_000;

const presenceRecord = z.object({ kind: z.enum(PRESENCE_KINDS), id });
export type PresenceRecord = z.output<typeof presenceRecord>;

export interface PresenceDto {
  /** Colleagues on other computers with the record open, as shown to the user. */
  names: string[];
}

/**
 * Advisory and fleeting: nothing is stored. Saying a drawer is open or closed changes no record,
 * so these are declared as reading presence: they announce nothing and refetch nothing.
 */
export const presenceOperations = {
  'presence.open': operation<null>()(presenceRecord, { roles: BACKOFFICE, reads: ['presence'] }),
  'presence.close': operation<null>()(presenceRecord, { roles: BACKOFFICE, reads: ['presence'] }),
  'presence.list': operation<PresenceDto>()(presenceRecord, { roles: BACKOFFICE, reads: ['presence'] }),
};
