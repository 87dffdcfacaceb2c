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
