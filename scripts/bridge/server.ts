import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { handleApiRequest, openBridgeGate, serveStatic } from './bridge';
import { liveEvents } from './events';

/**
 * `tsx scripts/bridge/server.ts --db <file> [--pg <postgres url> [--signed-out]] [--port 0] [--today 2026-03-01]`: serves the built
 * renderer on 127.0.0.1 and prints `BRIDGE_URL=<url>` once it listens. Stops on SIGTERM.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '0' },
    renderer: { type: 'string', default: path.resolve('out/renderer') },
    today: { type: 'string' },
    pg: { type: 'string' },
    'signed-out': { type: 'boolean', default: false },
  },
});
if (!values.db) throw new Error('--db <file> is required');
const databaseFile = path.resolve(values.db);
const renderer = values.renderer;

async function main() {
  const clock = values.today ? { now: () => new Date(`${values.today}T12:00:00Z`) } : undefined;
  const events = liveEvents();
  const gate = await openBridgeGate(databaseFile, {
    clock,
    postgresUrl: values.pg,
    signedOut: values['signed-out'],
    onChange: (change) => events.send(change),
  });
  const server = http.createServer((req, res) => {
    if (events.handle(req, res)) return;
    handleApiRequest(req, res, gate.dispatch)
      .then((handled) => handled || serveStatic(req, res, renderer))
      .catch(() => res.writeHead(500).end());
  });
  server.listen(Number(values.port), '127.0.0.1', () => {
    const address = server.address() as { port: number };
    console.log(`BRIDGE_URL=http://127.0.0.1:${address.port}/`);
  });

  async function stop() {
    server.close();
    events.close();
    await gate.close();
    process.exit(0);
  }
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

void main();
