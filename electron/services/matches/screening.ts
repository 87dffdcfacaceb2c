import type { EntityManager } from 'typeorm';

/**
 * The hook for the VOG rule: who in the steungezin lacks a valid VOG for a match starting on
 * `onDate`, as Dutch sentences naming them. Empty until the VOG administration exists; the match
 * service already refuses the trial period (and staying active) whenever this names anyone.
 */
export async function screeningGaps(_manager: EntityManager, _supportFamilyId: number, _onDate: string): Promise<string[]> {
  return [];
}
