import type { EntityManager } from 'typeorm';
import type { Clock } from './clock';

/** What every use case gets: the transaction's EntityManager and the clock. */
export interface ServiceContext {
  manager: EntityManager;
  clock: Clock;
}
