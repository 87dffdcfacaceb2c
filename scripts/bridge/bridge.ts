import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { postgresFromUrl, type DatabaseConnection } from '../../electron/db/connection';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { openSession, type SessionParts, type WorkingSession } from '../../electron/main/session';
import type { Clock } from '../../electron/services/clock';
import { createSessionGate, type SessionGate } from '../../electron/services/session/gate';
import { operationNames } from '../../shared/api/contract';
import type { LiveChange } from '../../shared/api/live';
import { recordingDesktop } from './desktop';
import { liveScript } from './events';

/**
 * Development and test tooling, never packaged: lets the built page run in a plain browser by
 * giving it a `window.api` that forwards each contract call over HTTP to the same dispatcher the
 * main process uses (same validation, services and SQLite file).
 */
export const BRIDGE_SCRIPT_PATH = '/bridge-api.js';
const API_PREFIX = '/api/';
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface BridgeOptions {
  clock?: Clock;
  /** The shared database instead of the SQLite file; its folder stays the data folder (attachments, backups). */
  postgresUrl?: string;
  /** On the shared database: start signed out, so the page asks who signs in (the address's password is not used). */
  signedOut?: boolean;
  /** Where this bridge's pages hear what changed. */
  onChange?: (change: LiveChange) => void;
}

function partsFor(databaseFile: string, options: BridgeOptions): SessionParts {
  const dataFolder = path.dirname(databaseFile);
  return {
    paths: { dataFolder, databaseFile, backupFolder: path.join(dataFolder, 'backups') },
    desktop: recordingDesktop(),
    computerUser: os.userInfo().username,
    clock: options.clock,
    log: { info: () => undefined, error: (message: string) => console.error(message) },
    onChange: options.onChange ?? (() => undefined),
  };
}

/** The SQLite file, or with `postgresUrl` the PostgreSQL database at that address, opened and signed in. */
export function openBridgeDatabase(databaseFile: string, options: BridgeOptions = {}): Promise<WorkingSession> {
  const connection: DatabaseConnection = options.postgresUrl
    ? postgresFromUrl(options.postgresUrl)
    : { engine: 'sqlite', file: databaseFile };
  return openSession(connection, partsFor(databaseFile, options));
}

/** The session the page talks to, as in the app: on the shared database it can sign in and out. */
export async function openBridgeGate(databaseFile: string, options: BridgeOptions = {}): Promise<SessionGate> {
  const parts = partsFor(databaseFile, options);
  const target = options.postgresUrl ? postgresFromUrl(options.postgresUrl) : null;
  const initial = target && options.signedOut ? null : await openBridgeDatabase(databaseFile, options);
  return createSessionGate(
    {
      target,
      open: (connection) => openSession(connection, parts),
      // The bridge keeps no passwords: it is test and development tooling.
      remember: () => undefined,
    },
    initial,
  );
}

export function bridgeScript(): string {
  return `window.api = Object.fromEntries(${JSON.stringify(operationNames)}.map((name) => [name, (input) =>
  fetch('${API_PREFIX}' + name, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input === undefined ? null : input),
  }).then((response) => response.json())]));\n${liveScript()}`;
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
