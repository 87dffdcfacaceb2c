import path from 'node:path';
import log from 'electron-log/main';
import type { Logger } from './ipc/dispatch';

/** A rotating log file in the data folder. Callers pass no personal data, only events and error kinds. */
export function createLogger(dataFolder: string): Logger {
  log.transports.file.resolvePathFn = () => path.join(dataFolder, 'logs', 'backoffice.log');
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.console.level = false;
  return { info: (message) => log.info(message), error: (message) => log.error(message) };
}

/** A name or code as programs write them; anything else may be text from a path or a person. */
const KIND = /^[\w.-]{1,64}$/;

/**
 * An error's kind for the log: its name and, when it has one, its code (`SQLITE_CANTOPEN`,
 * `28P01`, `EACCES`), never its message, which may carry a path, a user name or personal data.
 */
export function errorKind(error: unknown): string {
  const name = error instanceof Error && KIND.test(error.name) ? error.name : 'unknown error';
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof code !== 'string' && typeof code !== 'number') return name;
  return `${name} (code ${KIND.test(String(code)) ? String(code) : 'unknown'})`;
}

/** Writes that the app could not start, with the error's kind only, to the log in `dataFolder`. */
export function logStartFailure(dataFolder: string, error: unknown): void {
  createLogger(dataFolder).error(`start failed: ${errorKind(error)}`);
}
