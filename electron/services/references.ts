import { In, type EntityManager, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { fieldError } from './errors';

/**
 * Refuses, at its field, an id that names no record (a colleague removed it, a page left open for
 * days, a hand-made request), before anything is written: the database's own foreign key would
 * otherwise end the command as "Er ging iets mis". Nothing (null, an empty list) passes.
 */
export async function assertExisting<T extends { id: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  ids: number | readonly number[] | null,
  path: string,
  message: string,
): Promise<void> {
  const wanted = [...new Set(ids === null ? [] : typeof ids === 'number' ? [ids] : ids)];
  if (wanted.length === 0) return;
  const found = await manager.countBy(target, { id: In(wanted) } as FindOptionsWhere<T>);
  if (found !== wanted.length) throw fieldError(path, message);
}

export const MUNICIPALITY_GONE = 'Deze gemeente bestaat niet (meer).';
