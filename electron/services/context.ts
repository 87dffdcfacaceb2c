import type { EntityManager } from 'typeorm';
import type { Clock } from './clock';

/** What every use case gets: the transaction's EntityManager, the clock and who acts. */
export interface ServiceContext {
  manager: EntityManager;
  clock: Clock;
  /** The employee's name from Instellingen, else the operating system's user. */
  actor: string;
}
