import { z } from 'zod';
import { ADMIN, EVERYONE, ROLES, type Role } from './access';
import { id, requiredText } from './fields';
import { operation } from './operation';

/** Who is signed in: on one computer its operating system's user, holding every role. */
export interface SignedInDto {
  signedIn: true;
  engine: 'sqlite' | 'postgres';
  login: string;
  name: string;
  roles: Role[];
}

/** The shared database waits for a colleague to sign in: where, and as whom last time. */
export interface SignedOutDto {
  signedIn: false;
  engine: 'postgres';
  server: string;
  database: string;
  login: string;
}

export type SessionDto = SignedInDto | SignedOutDto;

export const signIn = z.object({
  login: requiredText('Gebruikersnaam', 63),
  password: z.string().min(1, { error: 'Vul uw wachtwoord in.' }).max(200, { error: 'Dit wachtwoord is te lang.' }),
  remember: z.boolean(),
});
export type SignInValues = z.input<typeof signIn>;

/** Answered by the session itself, before (or instead of) a database: signing in opens one. */
export const SESSION_GATE_OPERATIONS = ['session.signIn', 'session.signOut'] as const;
export type SessionGateOperation = (typeof SESSION_GATE_OPERATIONS)[number];

/** A colleague's own login on the shared database; `id` is the server's number for it. */
export interface AccountDto {
  id: number;
  login: string;
  name: string;
  roles: Role[];
  enabled: boolean;
}

const password = z
  .string()
  .min(12, { error: 'Kies een wachtwoord van minstens 12 tekens.' })
  .max(200, { error: 'Dit wachtwoord is te lang.' });

const roles = z
  .array(z.enum(ROLES))
  .min(1, { error: 'Kies minstens één rol.' })
  .transform((chosen) => ROLES.filter((role) => chosen.includes(role)));

export const accountCreate = z.object({
  login: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9._-]{1,62}$/, {
      error: 'Gebruik 2 tot 63 kleine letters, cijfers, punt, streepje of liggend streepje; begin met een letter.',
    })
    .refine((login) => !login.startsWith('buurtgezinnen_'), { error: 'Deze gebruikersnaam is voor de app zelf.' }),
  name: requiredText('Naam', 100),
  roles,
  password,
});
export type AccountCreateValues = z.input<typeof accountCreate>;

const accountFields = z.object({ name: requiredText('Naam', 100), roles, enabled: z.boolean() });

/**
 * `was`: the account as the form loaded it. A server role has no version number, so a colleague's
 * change in between is recognised by these values, and the save refused instead of undoing it.
 */
export const accountUpdate = accountFields.extend({ id, was: accountFields });
export type AccountUpdateValues = z.input<typeof accountUpdate>;

export const passwordReset = z.object({ id, password });

export const passwordChange = z
  .object({ password, repeat: z.string().max(200) })
  .refine((value) => value.password === value.repeat, {
    path: ['repeat'],
    error: 'De twee wachtwoorden zijn niet gelijk.',
  });
export type PasswordChangeValues = z.input<typeof passwordChange>;

export const accountOperations = {
  'session.current': operation<SessionDto>()(z.object({}), { roles: EVERYONE, reads: ['account'] }),
  'session.signIn': operation<SignedInDto>()(signIn, { roles: EVERYONE, changes: ['account'] }),
  'session.signOut': operation<SignedOutDto>()(z.object({}), { roles: EVERYONE, changes: ['account'] }),
  'session.changePassword': operation<{ changed: true }>()(passwordChange, { roles: EVERYONE, changes: [] }),
  'accounts.list': operation<AccountDto[]>()(z.object({}), { roles: ADMIN, reads: ['account'] }),
  'accounts.create': operation<AccountDto>()(accountCreate, { roles: ADMIN, changes: ['account'] }),
  'accounts.update': operation<AccountDto>()(accountUpdate, { roles: ADMIN, changes: ['account'] }),
  'accounts.resetPassword': operation<AccountDto>()(passwordReset, { roles: ADMIN, changes: ['account'] }),
};
