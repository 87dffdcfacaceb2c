import path from 'node:path';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import {
  BRIDGE_SCRIPT_PATH,
  bridgeScript,
  handleApiRequest,
  injectBridgeScript,
  openBridgeGate,
} from './bridge/bridge';
import { liveEvents } from './bridge/events';

/**
 * `npm run dev:web [-- --db .dev/buurtgezinnen.sqlite]`: the renderer with hot reload in a browser on
 * 127.0.0.1, its `window.api` answered by the bridge (for machines without Electron).
 */
const { values } = parseArgs({ options: { db: { type: 'string', default: '.dev/buurtgezinnen.sqlite' } } });

async function main() {
  const events = liveEvents();
  const { dispatch } = await openBridgeGate(path.resolve(values.db), { onChange: (change) => events.send(change) });
  const server = await createServer({
    root: path.resolve('renderer'),
    server: { host: '127.0.0.1', port: 5173 },
    plugins: [
      react(),
      {
        name: 'bridge',
        configureServer(vite) {
          vite.middlewares.use((req, res, next) => {
            if (req.url === BRIDGE_SCRIPT_PATH) {
              res.setHeader('content-type', 'text/javascript');
              res.end(bridgeScript());
              return;
            }
            if (events.handle(req, res)) return;
            handleApiRequest(req, res, dispatch).then((handled) => handled || next(), next);
          });
        },
        transformIndexHtml: injectBridgeScript,
      },
    ],
  });
  await server.listen();
  server.printUrls();
}

void main();
