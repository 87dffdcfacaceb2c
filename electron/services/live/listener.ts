import pg from 'pg';

export interface ListenerOptions {
  config: pg.ClientConfig;
  channels: readonly string[];
  onMessage: (channel: string, payload: string) => void;
  /** Listening again after the connection was lost: whatever was said meanwhile went unheard. */
  onReconnected: () => void;
  /** Milliseconds before the first new attempt after a loss; it doubles up to `maxDelay`. */
  firstDelay?: number;
  maxDelay?: number;
  /** How often the quiet connection is checked, so a network that vanished without a word is noticed. */
  pingEvery?: number;
}

export interface Listener {
  stop(): Promise<void>;
}

/** A ping that gets no answer in this time means the connection is gone. */
const PING_TIMEOUT_MS = 10_000;

/**
 * LISTENs on a connection of its own (a pooled one would be handed to other work) and keeps
 * listening: after a loss it tries again, waiting longer each time. Resolves after the first
 * attempt, even a failed one, so the app starts without it; later attempts follow on their own.
 */
export async function listen(options: ListenerOptions): Promise<Listener> {
  const { firstDelay = 500, maxDelay = 30_000, pingEvery = 30_000 } = options;
  let current: pg.Client | null = null;
  let stopped = false;
  let missed = false;
  let delay = firstDelay;
  let retry: NodeJS.Timeout | undefined;

  function tryAgainLater() {
    if (stopped) return;
    retry = setTimeout(() => void attempt(), delay);
    delay = Math.min(delay * 2, maxDelay);
  }

  async function attempt(): Promise<void> {
    const client = new pg.Client({ ...options.config, keepAlive: true, query_timeout: PING_TIMEOUT_MS });
    let gone = false;
    const ping = setInterval(() => {
      if (current === client) client.query('SELECT 1').catch(lose);
    }, pingEvery);
    const lose = () => {
      if (gone) return;
      gone = true;
      missed = true;
      clearInterval(ping);
      if (current === client) current = null;
      client.end().catch(() => undefined);
      tryAgainLater();
    };
    client.on('error', lose);
    client.on('end', lose);
    client.on('notification', ({ channel, payload }) => options.onMessage(channel, payload ?? ''));
    try {
      await client.connect();
      // The channels are the app's own constants, never input: safe to put in the statement.
      for (const channel of options.channels) await client.query(`LISTEN ${channel}`);
    } catch {
      lose();
      return;
    }
    if (gone) return;
    if (stopped) return lose();
    current = client;
    delay = firstDelay;
    if (missed) {
      missed = false;
      options.onReconnected();
    }
  }

  await attempt();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      const client = current;
      current = null;
      await client?.end().catch(() => undefined);
    },
  };
}
