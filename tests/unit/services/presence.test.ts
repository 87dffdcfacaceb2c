import { describe, expect, it } from 'vitest';
import { readChange, readPresence } from '../../../electron/services/live/messages';
import { PRESENCE_EXPIRY_MS, PresenceBoard } from '../../../electron/services/live/presence';

const registration = { kind: 'registration', id: 7 } as const;

function board() {
  let now = 1_000_000;
  const presence = new PresenceBoard(() => now);
  return { presence, pass: (ms: number) => (now += ms) };
}

const said = (source: string, by: string, open = true) => ({ source, by, open, ...registration });

describe('who has a record open on other computers', () => {
  it('names each colleague once, and tells only news', () => {
    const { presence } = board();
    expect(presence.heard(said('app-a', 'anna'))).toBe(true);
    expect(presence.heard(said('app-a', 'anna'))).toBe(false);
    expect(presence.heard(said('app-b', 'anna'))).toBe(true);
    expect(presence.heard(said('app-c', 'bram'))).toBe(true);
    expect(presence.loginsAt(registration)).toEqual(['anna', 'bram']);
    expect(presence.loginsAt({ kind: 'match', id: 7 })).toEqual([]);
  });

  it('forgets a drawer when it is closed', () => {
    const { presence } = board();
    presence.heard(said('app-a', 'anna'));
    expect(presence.heard(said('app-a', 'anna', false))).toBe(true);
    expect(presence.heard(said('app-a', 'anna', false))).toBe(false);
    expect(presence.loginsAt(registration)).toEqual([]);
  });

  it('keeps a drawer while its heartbeat goes on, and forgets it a minute after it fell silent', () => {
    const { presence, pass } = board();
    presence.heard(said('app-a', 'anna'));
    pass(PRESENCE_EXPIRY_MS - 1000);
    presence.heard(said('app-a', 'anna'));
    pass(PRESENCE_EXPIRY_MS - 1000);
    expect(presence.loginsAt(registration)).toEqual(['anna']);
    pass(2000);
    expect(presence.loginsAt(registration)).toEqual([]);
    expect(presence.heard(said('app-a', 'anna'))).toBe(true);
  });
});

describe('reading what other apps say', () => {
  it('reads a change and a presence message, and refuses what it cannot read', () => {
    const change = { source: 'app-a', operation: 'registrations.changeStatus', kinds: ['registration', 'audit'] };
    expect(readChange(JSON.stringify({ ...change, ids: [7], by: 'anna' }))).toEqual({
      source: 'app-a',
      kinds: ['registration', 'audit'],
    });
    expect(readChange(JSON.stringify({ ...change, kinds: ['something-new'] }))).toBeNull();
    expect(readChange('not json')).toBeNull();
    expect(readPresence(JSON.stringify(said('app-a', 'anna')))).toEqual(said('app-a', 'anna'));
    expect(readPresence(JSON.stringify({ ...said('app-a', 'anna'), kind: 'invoice' }))).toBeNull();
  });
});
