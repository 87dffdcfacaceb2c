import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { postgresFromUrl, type DatabaseConnection } from '../../electron/db/connection';
import { openDatabase } from '../../electron/db/open';
import { createDispatcher, type Dispatch } from '../../electron/main/ipc/dispatch';
import type { Clock } from '../../electron/services/clock';
import { createHandlers } from '../../electron/services/handlers';
import { operationNames } from '../../shared/api/contract';
import { recordingDesktop } from './desktop';

/**
 * Development and test tooling, never packaged: lets the built page run in a plain browser by
 * giving it a `window.api` that forwards each contract call over HTTP to the same dispatcher the
 * main process uses (same validation, services and SQLite file).
 */
export const BRIDGE_SCRIPT_PATH = '/bridge-api.js';
const API_PREFIX = '/api/';
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * The SQLite file, or with `postgresUrl` the PostgreSQL database at that address; the file's folder
 * is the data folder either way (attachments, backups).
 */
export async function openBridgeDatabase(databaseFile: string, options: { clock?: Clock; postgresUrl?: string } = {}) {
  const { clock, postgresUrl } = options;
  const dataFolder = path.dirname(databaseFile);
  const paths = { dataFolder, databaseFile, backupFolder: path.join(dataFolder, 'backups') };
  const connection: DatabaseConnection = postgresUrl
    ? postgresFromUrl(postgresUrl)
    : { engine: 'sqlite', file: databaseFile };
  const dataSource = await openDatabase(connection, { backupFolder: paths.backupFolder });
  const dispatcher = createDispatcher(dataSource, createHandlers(paths, recordingDesktop()), {
    fallbackActor: os.userInfo().username,
    clock,
    log: { info: () => undefined, error: (message) => console.error(message) },
  });
  return { dataSource, dispatch: dispatcher.dispatch };
}

export function bridgeScript(): string {
  return `window.api = Object.fromEntries(${JSON.stringify(operationNames)}.map((name) => [name, (input) =>
  fetch('${API_PREFIX}' + name, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input === undefined ? null : input),
  }).then((response) => response.json())]));\n`;
}

export function injectBridgeScript(html: string): string {
  return html.replace('</head>', `  <script src="${BRIDGE_SCRIPT_PATH}"></script>\n  </head>`);
}

/** Answers `POST /api/<operation>` from the page's own origin; returns false for other requests. */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  dispatch: Dispatch,
): Promise<boolean> {
  if (!req.url?.startsWith(API_PREFIX)) return false;
  const origin = req.headers.origin;
  if (req.method !== 'POST' || (origin !== undefined && origin !== `http://${req.headers.host}`)) {
    res.writeHead(403).end();
    return true;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(await readBody(req));
  } catch {
    payload = Symbol('unreadable');
  }
  const name = decodeURIComponent(req.url.slice(API_PREFIX.length));
  const response = await dispatch(name, typeof payload === 'symbol' ? undefined : payload);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(response));
  return true;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves the built renderer, with the bridge script in its page. */
export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === BRIDGE_SCRIPT_PATH) {
    res.writeHead(200, { 'content-type': TYPES['.js'] }).end(bridgeScript());
    return;
  }
  const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  const body = fs.readFileSync(file);
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  res
    .writeHead(200, { 'content-type': type })
    .end(type.startsWith('text/html') ? injectBridgeScript(body.toString('utf8')) : body);
}
