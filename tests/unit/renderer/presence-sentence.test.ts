import { describe, expect, it } from 'vitest';
import { openBySentence } from '../../../renderer/features/presence/sentence';

describe('the sentence that names who else has a record open', () => {
  it('names one, two or more colleagues, and nobody with no sentence at all', () => {
    expect(openBySentence([], 'registration')).toBeNull();
    expect(openBySentence(['anna'], 'registration')).toBe('anna heeft deze aanmelding open');
    expect(openBySentence(['anna', 'bram'], 'match')).toBe('anna en bram hebben deze koppeling open');
    expect(openBySentence(['anna', 'bram', 'cem'], 'match')).toBe('anna, bram en cem hebben deze koppeling open');
  });
});
