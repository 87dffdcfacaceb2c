import type { EntityManager } from 'typeorm';
import type { Role } from '../../shared/api/access';
import type { Clock } from './clock';

/** What every use case gets: the transaction's EntityManager, the clock and who acts. */
export interface ServiceContext {
  manager: EntityManager;
  clock: Clock;
  /** Who acts: the login on the shared database, the operating system's user on one computer. */
  actor: string;
  /** The name colleagues see for the actor. */
  actorName: string;
  /** The roles this session holds. */
  roles: readonly Role[];
  /**
   * Work that may only start once the operation's transaction has ended, such as putting another
   * database file in place; the answer waits for it, and no other operation runs in between.
   */
  afterCommit(work: () => Promise<void>): void;
}
