import { EntitySchema } from 'typeorm';

/** A child of the vraaggezin who takes part in a match. */
export interface MatchChild {
  matchId: number;
  personId: number;
}

export const MatchChildEntity = new EntitySchema<MatchChild>({
  name: 'match_child',
  columns: {
    matchId: { type: 'integer', primary: true, foreignKey: { target: 'match', onDelete: 'CASCADE' } },
    personId: { type: 'integer', primary: true, foreignKey: { target: 'person' } },
  },
});
