import { describe, expect, it } from 'vitest';
import { fillTemplate, unknownPlaceholders, type PlaceholderValues } from '../../../shared/domain/matches/placeholders';
import { evaluationSeries, guidanceEnd, trialEnd } from '../../../shared/domain/matches/schedule';
import { MATCH_STATUSES, MATCH_TRANSITIONS, matchTransitionError } from '../../../shared/domain/matches/status';

describe('the dates of a match', () => {
  it("ends the trial two calendar months after the start, on the month's last day where needed", () => {
    expect(trialEnd('2026-08-31')).toBe('2026-10-31');
    expect(trialEnd('2026-12-31')).toBe('2027-02-28');
    expect(trialEnd('2027-12-31')).toBe('2028-02-29');
    expect(trialEnd('2027-12-30')).toBe('2028-02-29');
    expect(trialEnd('2026-01-15')).toBe('2026-03-15');
  });

  it('ends guidance two years after the start, from 29 February to 28 February', () => {
    expect(guidanceEnd('2028-02-29')).toBe('2030-02-28');
    expect(guidanceEnd('2026-11-20')).toBe('2028-11-20');
  });

  it('plans the trial evaluation and then one every six months, counted from the start so month ends do not drift', () => {
    expect(evaluationSeries('2026-08-31').map((e) => e.dueDate)).toEqual([
      '2026-10-31',
      '2027-04-30',
      '2027-10-31',
      '2028-04-30',
    ]);
    expect(evaluationSeries('2027-12-31').map((e) => e.dueDate)).toEqual([
      '2028-02-29',
      '2028-08-31',
      '2029-02-28',
      '2029-08-31',
    ]);
    expect(evaluationSeries('2026-01-01').map((e) => e.sequence)).toEqual([0, 1, 2, 3]);
    expect(evaluationSeries('2026-01-01').every((e) => e.dueDate < guidanceEnd('2026-01-01'))).toBe(true);
  });
});

describe('the state machine of a match', () => {
  it('allows only the path and early ending from a running state; names both states otherwise', () => {
    const allowed = MATCH_STATUSES.flatMap((from) =>
      MATCH_STATUSES.filter((to) => matchTransitionError(from, to) === null).map((to) => `${from}>${to}`),
    );
    expect(allowed).toEqual([
      'voorgesteld>kennismaking',
      'voorgesteld>voortijdig_beeindigd',
      'kennismaking>proefperiode',
      'kennismaking>voortijdig_beeindigd',
      'proefperiode>actief',
      'proefperiode>voortijdig_beeindigd',
      'actief>afgerond',
      'actief>voortijdig_beeindigd',
    ]);
    expect(MATCH_TRANSITIONS.afgerond).toEqual([]);
    expect(matchTransitionError('voorgesteld', 'actief')).toBe(
      'Een koppeling met status "Voorgesteld" kan niet naar "Actief".',
    );
  });
});

describe('document templates', () => {
  const values = {
    'steungezin.naam': 'Familie de Boer',
    kinderen: ['Daan Jansen', 'Lotte Jansen'],
    datum: '12 maart 2026',
  } as unknown as PlaceholderValues;

  it('names placeholders the app does not know', () => {
    expect(unknownPlaceholders('{{steungezin.naam}} {{ kinderen }} {{steungezin.hond}} {{datum}} {{x}}')).toEqual([
      'steungezin.hond',
      'x',
    ]);
  });

  it('fills headings, paragraphs and lists, and turns a list placeholder on its own line into a list', () => {
    expect(
      fillTemplate(
        '# Huisregels van {{steungezin.naam}}\n\nWie doen mee:\n{{kinderen}}\n- Samen eten\n\nOp {{datum}}, met {{kinderen}}.',
        values,
      ),
    ).toEqual([
      { kind: 'heading', text: 'Huisregels van Familie de Boer' },
      { kind: 'paragraph', text: 'Wie doen mee:' },
      { kind: 'list', items: ['Daan Jansen', 'Lotte Jansen', 'Samen eten'] },
      { kind: 'paragraph', text: 'Op 12 maart 2026, met Daan Jansen, Lotte Jansen.' },
    ]);
  });
});
