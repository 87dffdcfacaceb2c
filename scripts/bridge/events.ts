import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LiveChange } from '../../shared/api/live';

/**
 * The bridge's `window.live`: what the app hears has changed goes to each open page as a
 * server-sent event, as the Electron main process sends it to its window.
 */
const EVENTS_PATH = '/live-events';

export interface LiveEvents {
  /** Answers `GET /live-events` with the stream; returns false for other requests. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Tells every open page of a change. */
  send(change: LiveChange): void;
  close(): void;
}

export function liveEvents(): LiveEvents {
  const streams = new Set<ServerResponse>();
  return {
    send(change) {
      for (const stream of streams) stream.write(`data: ${JSON.stringify(change)}\n\n`);
    },
    handle(req, res) {
      if (new URL(req.url ?? '/', 'http://localhost').pathname !== EVENTS_PATH) return false;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      // A comment line sends the headers at once, so the page's EventSource counts as open.
      res.write(': open\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return true;
    },
    close() {
      for (const stream of streams) stream.end();
    },
  };
}

/**
 * The page's side. EventSource reconnects by itself after the bridge was away; what changed in
 * the meantime went unheard, so the page refetches everything then.
 */
export function liveScript(): string {
  return `window.live = { onChange(callback) {
  const source = new EventSource('${EVENTS_PATH}');
  let opened = false;
  source.onopen = () => { if (opened) callback({ everything: true }); opened = true; };
  source.onmessage = (event) => callback(JSON.parse(event.data));
  return () => source.close();
} };\n`;
}
