import { z } from 'zod';
import { ADMIN, EVERYONE } from './access';
import { requiredText } from './fields';
import { operation } from './operation';

/** A server on this computer: the only place a connection without TLS is allowed to go. */
export const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '::1'];

/** The team's shared database as a colleague enters it under Instellingen → Gegevens. */
export const postgresConnectionFields = z
  .object({
    host: requiredText('Server', 253),
    port: z
      .number({ error: 'Vul een poortnummer in.' })
      .int({ error: 'Vul een heel poortnummer in.' })
      .min(1, { error: 'Vul een poortnummer van 1 tot 65535 in.' })
      .max(65535, { error: 'Vul een poortnummer van 1 tot 65535 in.' }),
    database: requiredText('Database', 63),
    user: requiredText('Gebruikersnaam', 63),
    password: z.string().max(200, { error: 'Dit wachtwoord is te lang.' }),
    tls: z.enum(['verify', 'off']),
    rememberPassword: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (value.tls === 'off' && !LOCAL_HOSTS.includes(value.host.trim().toLowerCase())) {
      ctx.addIssue({
        code: 'custom',
        path: ['tls'],
        message: 'Zonder versleuteling (TLS) kan alleen een server op deze computer. Kies "Versleuteld".',
      });
    }
  });
export type PostgresConnectionFormValues = z.input<typeof postgresConnectionFields>;
export type PostgresConnectionFields = z.output<typeof postgresConnectionFields>;

export const connectionChoice = z.discriminatedUnion('engine', [
  z.object({ engine: z.literal('sqlite') }),
  z.object({ engine: z.literal('postgres'), postgres: postgresConnectionFields }),
]);
export type ConnectionChoice = z.output<typeof connectionChoice>;

export interface ConnectionDto {
  /** The database this session works in. */
  current: { engine: 'sqlite'; file: string } | { engine: 'postgres'; host: string; database: string; user: string };
  /** What this computer will use at its next start; the password itself is never sent to the page. */
  saved:
    | { engine: 'sqlite' }
    | {
        engine: 'postgres';
        host: string;
        port: number;
        database: string;
        user: string;
        tls: 'verify' | 'off';
        passwordRemembered: boolean;
      };
  /** Whether the operating system's keychain can keep a password for this computer. */
  keychainAvailable: boolean;
}

export interface TransferResultDto {
  /** Rows copied per table, equal on both sides. */
  tables: { table: string; rows: number }[];
  connection: ConnectionDto;
}

export const connectionOperations = {
  'connection.get': operation<ConnectionDto>()(z.object({}), { roles: EVERYONE, reads: ['connection'] }),
  'connection.test': operation<{ serverVersion: string }>()(z.object({ postgres: postgresConnectionFields }), {
    roles: EVERYONE,
    reads: [],
  }),
  'connection.save': operation<ConnectionDto>()(connectionChoice, { roles: EVERYONE, changes: ['connection'] }),
  'connection.transfer': operation<TransferResultDto>()(z.object({ postgres: postgresConnectionFields }), {
    roles: ADMIN,
    changes: ['connection'],
  }),
};
