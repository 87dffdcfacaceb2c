import { Text } from '@mantine/core';
import { useEffect } from 'react';
import { PRESENCE_HEARTBEAT_MS, type PresenceKind, type PresenceRecord } from '../../../shared/api/presence';
import { call, useApiQuery } from '../../api';
import { openBySentence } from './sentence';

/**
 * One after the other: a drawer closed and opened again at once must not reach colleagues as
 * "open, closed" in the wrong order. Advisory only, so a failed message is let go.
 */
let told: Promise<unknown> = Promise.resolve();
function tell(name: 'presence.open' | 'presence.close', record: PresenceRecord) {
  told = told.then(() => call(name, record)).catch(() => undefined);
}

/** While mounted, tells colleagues this record is open here, and names who else has it open. */
export function OpenByColleagues({ kind, id }: { kind: PresenceKind; id: number }) {
  useEffect(() => {
    const record = { kind, id };
    tell('presence.open', record);
    const heartbeat = setInterval(() => tell('presence.open', record), PRESENCE_HEARTBEAT_MS);
    return () => {
      clearInterval(heartbeat);
      tell('presence.close', record);
    };
  }, [kind, id]);
  // Asked again on a colleague's open or close (window.live), and each beat for one who fell silent.
  const { data } = useApiQuery('presence.list', { kind, id }, { refetchInterval: PRESENCE_HEARTBEAT_MS });
  const sentence = openBySentence(data?.names ?? [], kind);
  if (!sentence) return null;
  return (
    <Text size="sm" c="orange.8" role="status">
      {sentence}
    </Text>
  );
}
