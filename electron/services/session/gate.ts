import { signIn, type SignedOutDto } from '../../../shared/api/accounts';
import type { ApiResponse } from '../../../shared/api/errors';
import type { PostgresConnection } from '../../db/connection';
import { MigrationNeedsAdministratorError, NewerDatabaseError } from '../../db/open';

/** A database opened for one colleague: answers operations until it is closed. */
export interface OpenSession {
  dispatch: (name: unknown, payload: unknown) => Promise<ApiResponse<unknown>>;
  close: () => Promise<void>;
}

/** Where colleagues sign in: the shared database's address, without a password. */
export type SignInTarget = Omit<PostgresConnection, 'password' | 'user'> & { user: string };

export interface SessionGateOptions {
  /** The shared database; none on a computer that works in its own file (nobody signs in there). */
  target: SignInTarget | null;
  open(connection: PostgresConnection): Promise<OpenSession>;
  /** Keeps or forgets the password on this computer (only in the keychain, only when asked). */
  remember(connection: PostgresConnection, keep: boolean): void;
}

export interface SessionGate {
  dispatch: (name: unknown, payload: unknown) => Promise<ApiResponse<unknown>>;
  /** The open database, if someone is signed in. */
  current(): OpenSession | null;
  close(): Promise<void>;
}

const WRONG_CREDENTIALS =
  'Gebruikersnaam of wachtwoord klopt niet, of uw account is uitgezet. Vraag zo nodig de beheerder.';
const UNREACHABLE = 'De server is niet bereikbaar. Controleer de netwerkverbinding of vraag de beheerder.';
const NEEDS_ADMINISTRATOR =
  'De database moet eerst worden bijgewerkt voor deze versie van de app. Vraag de beheerder de app één keer met het eigenaarsaccount te starten.';
const NEWER = 'De gegevens zijn gemaakt met een nieuwere versie van de app. Installeer de nieuwste versie.';
/** The server's answers to a wrong password (28P01) or a login that may not sign in (28000). */
const REFUSED_LOGIN = new Set(['28P01', '28000']);

export function isRefusedLogin(error: unknown): boolean {
  return REFUSED_LOGIN.has(String((error as { code?: unknown }).code));
}

/**
 * The session in front of the database: on the shared database nothing but signing in is answered
 * until a colleague signed in with their own account, and signing out closes the connection. On a
 * computer's own file the session is open from the start.
 */
export function createSessionGate(options: SessionGateOptions, initial: OpenSession | null): SessionGate {
  let session = initial;
  let user = options.target?.user ?? '';

  async function dispatch(name: unknown, payload: unknown): Promise<ApiResponse<unknown>> {
    if (name === 'session.signIn') return signInWith(payload);
    if (name === 'session.signOut') return signOut();
    if (session) return session.dispatch(name, payload);
    if (name === 'session.current' && options.target) return { ok: true, data: signedOut(options.target) };
    return failure('SIGNED_OUT', 'Meld u eerst aan.');
  }

  function signedOut(target: SignInTarget): SignedOutDto {
    return { signedIn: false, engine: 'postgres', server: target.host, database: target.database, login: user };
  }

  async function signInWith(payload: unknown): Promise<ApiResponse<unknown>> {
    if (!options.target) return failure('FORBIDDEN', 'Op deze computer hoeft u zich niet aan te melden.');
    if (session) return failure('CONFLICT', 'U bent al aangemeld. Meld u eerst af om als iemand anders te werken.');
    const parsed = signIn.safeParse(payload ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      return { ok: false, error: { code: 'VALIDATION', message: 'Vul uw gebruikersnaam en wachtwoord in.', issues } };
    }
    const connection = { ...options.target, user: parsed.data.login, password: parsed.data.password };
    try {
      session = await options.open(connection);
    } catch (error) {
      return refusal(error);
    }
    user = connection.user;
    options.remember(connection, parsed.data.remember);
    return await session.dispatch('session.current', {});
  }

  async function signOut(): Promise<ApiResponse<unknown>> {
    if (!options.target || !session) return failure('FORBIDDEN', 'Op deze computer meldt u zich niet af.');
    const closing = session;
    session = null;
    options.remember({ ...options.target, user, password: '' }, false);
    await closing.close();
    return { ok: true, data: signedOut(options.target) };
  }

  return {
    dispatch,
    current: () => session,
    async close() {
      const closing = session;
      session = null;
      await closing?.close();
    },
  };
}

function refusal(error: unknown): ApiResponse<never> {
  if (error instanceof MigrationNeedsAdministratorError) return failure('CONFLICT', NEEDS_ADMINISTRATOR);
  if (error instanceof NewerDatabaseError) return failure('CONFLICT', NEWER);
  if (isRefusedLogin(error)) {
    return {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: WRONG_CREDENTIALS,
        issues: [{ path: 'password', message: WRONG_CREDENTIALS }],
      },
    };
  }
  return failure('CONFLICT', UNREACHABLE);
}

function failure(code: 'SIGNED_OUT' | 'FORBIDDEN' | 'CONFLICT', message: string): ApiResponse<never> {
  return { ok: false, error: { code, message, issues: [] } };
}
