/** What a VOG change makes the app fetch again. */
export const VOG_AFFECTS = ['vog', 'matches', 'audit'];
