import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VOG_RULES,
  VOG_STATUSES,
  adultFrom,
  needsVog,
  renewBefore,
  requestOverdue,
  validForNewMatch,
  validUntil,
  vogTransitionError,
} from '../../../shared/domain/vog/status';

const rules = DEFAULT_VOG_RULES;

describe('VOG date rules', () => {
  it('counts a VOG for a new match when issued at most three months before the start, exactly three included', () => {
    expect(validForNewMatch('2026-08-20', '2026-11-20', rules)).toBe(true);
    expect(validForNewMatch('2026-08-19', '2026-11-20', rules)).toBe(false);
    expect(validForNewMatch('2026-11-21', '2026-11-20', rules)).toBe(false);
    expect(validForNewMatch('2026-02-28', '2026-05-31', rules)).toBe(true);
    expect(validForNewMatch('2026-02-27', '2026-05-31', rules)).toBe(false);
  });

  it('holds three years for an active volunteer, asks renewal the request weeks before, also from a leap day', () => {
    expect(validUntil('2026-03-01', rules)).toBe('2029-02-28');
    expect(validUntil('2028-02-29', rules)).toBe('2031-02-27');
    expect(renewBefore('2026-03-01', rules)).toBe('2029-01-03');
  });

  it('puts a child on the list on the day it turns 18, a 29 February child on 1 March', () => {
    const child = { role: 'kind', birthDate: '2008-11-23' };
    expect(needsVog(child, '2026-11-22', rules)).toBe(false);
    expect(needsVog(child, '2026-11-23', rules)).toBe(true);
    expect(adultFrom('2008-11-23')).toBe('2026-11-23');
    expect(adultFrom('2008-02-29')).toBe('2026-03-01');
    expect(needsVog({ role: 'kind', birthDate: '2008-02-29' }, '2026-02-28', rules)).toBe(false);
    expect(needsVog({ role: 'kind', birthDate: '2008-02-29' }, '2026-03-01', rules)).toBe(true);
    expect(needsVog({ role: 'overig', birthDate: '1990-01-01' }, '2026-03-01', { ...rules, allAdults: false })).toBe(
      false,
    );
    expect(needsVog({ role: 'ouder', birthDate: '1990-01-01' }, '2026-03-01', { ...rules, allAdults: false })).toBe(
      true,
    );
  });

  it('flags a request without result after the set weeks', () => {
    expect(requestOverdue('2026-09-28', '2026-11-23', rules)).toBe(false);
    expect(requestOverdue('2026-09-27', '2026-11-23', rules)).toBe(true);
  });
});

describe('the VOG state machine', () => {
  it('allows the lifecycle and renewal only; names both states otherwise', () => {
    const allowed = VOG_STATUSES.flatMap((from) =>
      VOG_STATUSES.filter((to) => vogTransitionError(from, to) === null).map((to) => `${from}>${to}`),
    );
    expect(allowed).toEqual([
      'nodig>aangevraagd',
      'aangevraagd>ontvangen',
      'aangevraagd>voornemen_weigering',
      'aangevraagd>geweigerd',
      'aangevraagd>verlopen_aanvraag',
      'ontvangen>aangevraagd',
      'voornemen_weigering>ontvangen',
      'voornemen_weigering>geweigerd',
      'verlopen_aanvraag>aangevraagd',
    ]);
    expect(vogTransitionError('nodig', 'ontvangen')).toBe('Een VOG met status "Nodig" kan niet naar "Ontvangen".');
  });
});
