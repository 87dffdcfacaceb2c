import type { EntityManager } from 'typeorm';
import type { PresenceRecord } from '../../../shared/api/presence';
import { notify, PRESENCE_CHANNEL, type PresenceMessage } from './messages';

/** Three missed heartbeats: the colleague's app closed without saying so, or lost its network. */
export const PRESENCE_EXPIRY_MS = 60_000;

/** Who has which record open on other computers; nothing of it is stored. */
export interface Presence {
  /** Tells colleagues' apps that this app has the record open (again: a heartbeat), or no longer. */
  tell(manager: EntityManager, record: PresenceRecord, open: boolean): Promise<void>;
  /** The logins of colleagues with the record open, each once. */
  loginsAt(record: PresenceRecord): string[];
}

/** On one computer there is nobody else. */
export const nobodyElse: Presence = {
  tell: () => Promise.resolve(),
  loginsAt: () => [],
};

/** Presence on the shared database: told over NOTIFY, heard by this app's listener into `board`. */
export function sharedPresence(source: string, board: PresenceBoard): Presence {
  return {
    tell: (manager, record, open) => notify(manager, PRESENCE_CHANNEL, { source, ...record, open }),
    loginsAt: (record) => board.loginsAt(record),
  };
}

interface Sighting {
  login: string;
  record: PresenceRecord;
  heardAt: number;
}

/** What other apps said they have open, forgotten once they fall silent. */
export class PresenceBoard {
  private readonly sightings = new Map<string, Sighting>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes in what another app said; true when that changes who has the record open. */
  heard(message: PresenceMessage): boolean {
    this.forgetSilent();
    const key = `${message.source}/${message.kind}/${message.id}`;
    if (!message.open) return this.sightings.delete(key);
    const known = this.sightings.has(key);
    this.sightings.set(key, {
      login: message.by,
      record: { kind: message.kind, id: message.id },
      heardAt: this.now(),
    });
    return !known;
  }

  loginsAt(record: PresenceRecord): string[] {
    this.forgetSilent();
    const logins = [...this.sightings.values()]
      .filter((sighting) => sighting.record.kind === record.kind && sighting.record.id === record.id)
      .map((sighting) => sighting.login);
    return [...new Set(logins)];
  }

  private forgetSilent() {
    const since = this.now() - PRESENCE_EXPIRY_MS;
    for (const [key, sighting] of this.sightings) if (sighting.heardAt < since) this.sightings.delete(key);
  }
}
