import { isoDateInNetherlands } from '../../shared/domain/dates';

/** Time as the services see it; tests and the bridge inject another "now". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function timestamp(clock: Clock): string {
  return clock.now().toISOString();
}

/** Today's calendar date in the Netherlands, as the rules of the work count days. */
export function currentDate(clock: Clock): string {
  return isoDateInNetherlands(clock.now());
}
