import type { BrowserWindowConstructorOptions } from 'electron';

/** The page may load only its own code; Mantine's runtime styles need inline styles. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** The development server's page needs React's inline refresh script and its web socket. */
export const DEVELOPMENT_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
).replace("connect-src 'self'", "connect-src 'self' ws:");

export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Buurtgezinnen Backoffice',
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}

/**
 * The app's own page: the same scheme, host and port (no user or password) and the same path as
 * the URL it was loaded from. A `file:` URL has the origin "null" whatever its host, so the host is
 * compared itself: `file://other-host/<app path>` (a share elsewhere on the network) is not the app.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const candidate = new URL(url);
    const app = new URL(appUrl);
    if (app.protocol === 'file:' && app.host !== '') return false;
    return (
      candidate.protocol === app.protocol &&
      candidate.host === app.host &&
      candidate.username === '' &&
      candidate.password === '' &&
      candidate.pathname === app.pathname
    );
  } catch {
    return false;
  }
}

/** What an e-mail link may fill in; anything else (`attach=`, `attachment=`, ...) could add a file. */
const MAIL_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body']);

/**
 * Only web pages over https and e-mail links may leave the app, to the user's own programs; an
 * e-mail link only with addressees, a subject and a text, never with a file to attach.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return true;
    if (parsed.protocol !== 'mailto:') return false;
    return [...parsed.searchParams.keys()].every((field) => MAIL_FIELDS.has(field.toLowerCase()));
  } catch {
    return false;
  }
}
