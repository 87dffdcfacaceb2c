import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FamilyDto } from '../../shared/api/families';
import type { MatchDto } from '../../shared/api/matches';
import type { VogDetailDto, VogMatchWarningDto, VogRowDto } from '../../shared/api/vog';
import { VOG_STATUSES } from '../../shared/domain/vog/status';
import { matchFamilies, screen } from '../support/matches';
import { data, vraaggezin } from '../support/registrations';
import { scenario } from '../support/scenario';

const s = scenario('2026-11-23T09:00:00Z');
const { call, refusal, countRows } = s;

/** A steungezin of two adults and a son who turns 18 on 1 December 2026. */
async function steungezin() {
  const registration = data<{ family: { id: number; people: { id: number; firstName: string }[] } }>(
    await s.api.dispatch('registrations.create', {
      ...vraaggezin({
        kind: 'steun',
        street: 'Zijlweg',
        houseNumber: '88',
        postcode: '2013DK',
        email: 'deboer@voorbeeld.nl',
        phone: '0623456789',
        people: [
          { firstName: 'Joost', lastName: 'de Boer', birthDate: '1975-06-01', role: 'ouder' },
          { firstName: 'Anna', lastName: 'de Boer', birthDate: '1977-11-20', role: 'ouder' },
          { firstName: 'Tim', lastName: 'de Boer', birthDate: '2008-12-01', role: 'kind' },
        ],
      }),
      registration: {
        receivedDate: '2026-09-01',
        channel: 'zelf',
        referrerOrganisation: '',
        referrerType: null,
        referrerContact: '',
        question: '',
      },
    }),
  );
  const [joost, anna, tim] = registration.family.people.map((p) => p.id);
  return { joost, anna, tim, familyId: registration.family.id };
}

describe('the VOG administration', () => {
  it('lists both adults as needing a VOG, and the son from the day he turns 18', async () => {
    const { tim } = await steungezin();
    const names = async () => (await call<VogRowDto[]>('vog.list', {})).map((r) => `${r.name}: ${r.status}`);
    expect(await names()).toEqual(['Anna de Boer: nodig', 'Joost de Boer: nodig']);
    s.setNow('2026-12-01T09:00:00Z');
    expect(await names()).toContain('Tim de Boer: nodig');
    expect((await call<VogRowDto[]>('vog.list', {})).find((r) => r.personId === tim)?.version).toBe(0);
  });

  it('requests in bulk, receives one and flags the other once the request runs past eight weeks', async () => {
    const { joost, anna } = await steungezin();
    await call('vog.bulkRequest', { ids: [joost, anna], date: '2026-11-23', freeScheme: true });
    s.setNow('2026-12-01T09:00:00Z');
    const received = await call<VogDetailDto>('vog.change', {
      id: joost,
      version: 1,
      to: 'ontvangen',
      date: '2026-11-30',
      issueDate: '2026-11-28',
      checkedBy: 'Backoffice',
      screeningProfile: '45 Vrijwilligers',
    });
    expect(received).toMatchObject({
      status: 'ontvangen',
      issueDate: '2026-11-28',
      validUntil: '2029-11-27',
      freeScheme: true,
    });
    expect(received.history.map((h) => `${h.fromStatus}>${h.toStatus}`)).toEqual([
      'aangevraagd>ontvangen',
      'nodig>aangevraagd',
    ]);
    s.setNow('2027-01-19T09:00:00Z');
    expect((await call<VogRowDto[]>('vog.list', {})).find((r) => r.personId === anna)).toMatchObject({
      daysWaiting: 57,
      requestOverdue: true,
    });
  });

  it('refuses every forbidden move in Dutch and writes nothing', async () => {
    const { joost } = await steungezin();
    const forbidden = VOG_STATUSES.filter((to) => to !== 'aangevraagd');
    for (const to of forbidden) {
      const error = await refusal('vog.change', {
        id: joost,
        version: 0,
        to,
        date: '2026-11-20',
        issueDate: '2026-11-20',
        checkedBy: 'x',
      });
      expect(error.message).toMatch(/^Een VOG met status "Nodig" kan niet naar "/);
    }
    expect(await countRows('vog')).toBe(0);
    await call('vog.change', { id: joost, version: 0, to: 'aangevraagd', date: '2026-11-20' });
    await call('vog.change', { id: joost, version: 1, to: 'geweigerd', date: '2026-11-21' });
    for (const to of VOG_STATUSES) {
      const step = { id: joost, version: 2, to, date: '2026-11-22', issueDate: '2026-11-22', checkedBy: 'x' };
      expect((await refusal('vog.change', step)).message).toContain('De VOG is geweigerd');
    }
    expect(await countRows('vog_status_change')).toBe(2);
  });

  it('marks every field a received VOG lacks at once', async () => {
    const { joost } = await steungezin();
    await call('vog.change', { id: joost, version: 0, to: 'aangevraagd', date: '2026-11-20' });
    const error = await refusal('vog.change', { id: joost, version: 1, to: 'ontvangen', date: '2026-11-22' });
    expect(error.issues).toEqual([
      { path: 'issueDate', message: 'Vul de datum van afgifte van de VOG in.' },
      { path: 'checkedBy', message: 'Vul in wie de VOG heeft gecontroleerd.' },
    ]);
    const late = await refusal('vog.change', {
      ...{ id: joost, version: 1, to: 'ontvangen', date: '2026-11-22' },
      ...{ issueDate: '2026-11-23', checkedBy: 'Backoffice' },
    });
    expect(late.issues).toEqual([
      { path: 'issueDate', message: 'De datum van afgifte ligt na de datum van ontvangst.' },
    ]);
    expect(await countRows('vog_status_change')).toBe(1);
  });
});

describe('the scan of a VOG', () => {
  it('is kept in the database once the VOG has a record, and opened with the system viewer', async () => {
    const { joost } = await steungezin();
    const scan = {
      fileName: 'vog.pdf',
      content: Buffer.from('%PDF-1.4 vog').toString('base64'),
      consentDate: '2026-11-20',
    };
    expect((await refusal('vog.attachScan', { id: joost, version: 0, ...scan })).message).toBe(
      'Leg eerst de aanvraag van de VOG vast.',
    );
    await call('vog.change', { id: joost, version: 0, to: 'aangevraagd', date: '2026-11-20' });
    expect((await call<VogDetailDto>('vog.attachScan', { id: joost, version: 1, ...scan })).hasScan).toBe(true);
    await call('vog.openScan', { id: joost });
    expect(fs.readFileSync(s.api.desktop.opened[0], 'latin1')).toBe('%PDF-1.4 vog');
  });

  it('goes with the VOG when the volunteer is removed from the family', async () => {
    const { joost, familyId } = await steungezin();
    await call('vog.change', { id: joost, version: 0, to: 'aangevraagd', date: '2026-11-20' });
    const content = Buffer.from('%PDF-1.4 vog').toString('base64');
    await call('vog.attachScan', { id: joost, version: 1, fileName: 'vog.pdf', content, consentDate: '2026-11-20' });
    expect(await countRows('stored_file')).toBe(1);
    const { municipality, people, houseNumberAddition, phone, email, notes, ...family } = await call<FamilyDto>(
      'families.get',
      { id: familyId },
    );
    await call('families.update', {
      ...family,
      houseNumberAddition: houseNumberAddition ?? '',
      phone: phone ?? '',
      email: email ?? '',
      notes: notes ?? '',
      municipalityId: municipality?.id ?? null,
      people: people.filter((person) => person.id !== joost),
    });
    expect(await countRows('vog')).toBe(0);
    expect(await countRows('stored_file')).toBe(0);
  });
});

describe('the VOG rule of a match', () => {
  it('keeps a match out of the trial period while one adult lacks a VOG, and lets it in once recorded', async () => {
    const families = await matchFamilies(s.api.dispatch, { screened: false });
    const [joost, anna] = families.support.people.map((p) => p.id);
    await screen(s.api.dispatch, [joost], '2026-10-01');
    await call('vog.change', { id: anna, version: 0, to: 'aangevraagd', date: '2026-11-10' });
    let match = await call<MatchDto>('matches.create', families.proposal);
    match = await call<MatchDto>('matches.changeStatus', {
      id: match.id,
      version: match.version,
      to: 'kennismaking',
      date: '2026-11-10',
      reason: '',
    });
    const refused = await refusal('matches.changeStatus', {
      id: match.id,
      version: match.version,
      to: 'proefperiode',
      date: '2026-11-20',
      reason: '',
    });
    expect(refused.message).toBe('Deze koppeling kan niet verder: Anna de Boer heeft nog geen geldige VOG.');
    expect((await call<MatchDto>('matches.get', { id: match.id })).status).toBe('kennismaking');
    await call('vog.change', {
      id: anna,
      version: 1,
      to: 'ontvangen',
      date: '2026-11-18',
      issueDate: '2026-11-16',
      checkedBy: 'Backoffice',
    });
    const trial = await call<MatchDto>('matches.changeStatus', {
      id: match.id,
      version: match.version,
      to: 'proefperiode',
      date: '2026-11-20',
      reason: '',
    });
    expect(trial.status).toBe('proefperiode');
  });

  it('refuses a VOG older than three months for a new match', async () => {
    const families = await matchFamilies(s.api.dispatch);
    let match = await call<MatchDto>('matches.create', families.proposal);
    match = await call<MatchDto>('matches.changeStatus', {
      id: match.id,
      version: match.version,
      to: 'kennismaking',
      date: '2026-11-10',
      reason: '',
    });
    const late = await refusal('matches.changeStatus', {
      id: match.id,
      version: match.version,
      to: 'proefperiode',
      date: '2027-01-02',
      reason: '',
    });
    expect(late.message).toContain(
      'De VOG van Joost de Boer is afgegeven op 01-10-2026; voor een nieuwe koppeling mag die hoogstens 3 maanden oud zijn.',
    );
  });

  it('puts an active match on the warning list once a VOG renewal lapses', async () => {
    const families = await matchFamilies(s.api.dispatch);
    let match = await call<MatchDto>('matches.create', families.proposal);
    match = await call<MatchDto>('matches.changeStatus', {
      id: match.id,
      version: match.version,
      to: 'kennismaking',
      date: '2026-11-10',
      reason: '',
    });
    match = await call<MatchDto>('matches.changeStatus', {
      id: match.id,
      version: match.version,
      to: 'proefperiode',
      date: '2026-11-20',
      reason: '',
    });
    expect(await call<VogMatchWarningDto[]>('vog.matchWarnings', {})).toEqual([]);
    s.setNow('2029-10-01T09:00:00Z');
    const [warning] = await call<VogMatchWarningDto[]>('vog.matchWarnings', {});
    expect(warning).toMatchObject({ matchId: match.id, families: 'Familie Jansen – Familie de Boer' });
    expect(warning.reasons).toEqual([
      'De VOG van Joost de Boer is verlopen op 30-09-2029.',
      'De VOG van Anna de Boer is verlopen op 30-09-2029.',
    ]);
    const [joost] = families.support.people.map((p) => p.id);
    expect((await call<VogRowDto[]>('vog.list', {})).find((r) => r.personId === joost)).toMatchObject({
      expired: true,
    });
  });
});

describe('VOG: a register, not a copy', () => {
  const content = Buffer.from('%PDF-1.4 vog').toString('base64');

  it('keeps a scan only with the consent recorded, and removes it on request', async () => {
    const { joost } = await steungezin();
    await call('vog.change', { id: joost, version: 0, to: 'aangevraagd', date: '2026-11-20' });
    const without = await refusal('vog.attachScan', { id: joost, version: 1, fileName: 'vog.pdf', content });
    expect(without.issues).toEqual([{ path: 'consentDate', message: expect.any(String) as unknown }]);
    const future = { id: joost, version: 1, fileName: 'vog.pdf', content, consentDate: '2026-11-24' };
    expect((await refusal('vog.attachScan', future)).issues).toEqual([
      { path: 'consentDate', message: 'Deze datum ligt in de toekomst.' },
    ]);
    const kept = await call<VogDetailDto>('vog.attachScan', { ...future, consentDate: '2026-11-22' });
    expect(kept).toMatchObject({ hasScan: true, scanConsentDate: '2026-11-22' });
    const removed = await call<VogDetailDto>('vog.removeScan', { id: joost, version: 2 });
    expect(removed).toMatchObject({ hasScan: false, scanConsentDate: null, status: 'aangevraagd' });
    expect(await countRows('stored_file')).toBe(0);
  });

  it('removes in one go every scan kept without consent, and keeps those with it', async () => {
    const { joost, anna } = await steungezin();
    await call('vog.bulkRequest', { ids: [joost, anna], date: '2026-11-20', freeScheme: true });
    for (const id of [joost, anna])
      await call('vog.attachScan', { id, version: 1, fileName: 'vog.pdf', content, consentDate: '2026-11-21' });
    // As kept before the register asked for consent.
    await s.db.dataSource.query(`UPDATE "vog" SET "scanConsentDate" = NULL WHERE "personId" = ${anna}`);
    expect(await call('vog.removeScansWithoutConsent', {})).toEqual({ ids: [anna] });
    expect((await call<VogDetailDto>('vog.get', { id: anna })).hasScan).toBe(false);
    expect((await call<VogDetailDto>('vog.get', { id: joost })).hasScan).toBe(true);
    expect(await countRows('stored_file')).toBe(1);
  });
});
