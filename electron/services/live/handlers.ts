import { shownNames } from '../accounts/accounts';
import type { AreaHandlers } from '../handler';
import type { Presence } from './presence';

export function presenceHandlers(presence: Presence) {
  return {
    'presence.open': {
      run: async (ctx, record) => {
        await presence.tell(ctx.manager, record, true);
        return null;
      },
    },
    'presence.close': {
      run: async (ctx, record) => {
        await presence.tell(ctx.manager, record, false);
        return null;
      },
    },
    'presence.list': { run: async (ctx, record) => ({ names: await shownNames(ctx, presence.loginsAt(record)) }) },
  } satisfies AreaHandlers<'presence.'>;
}
