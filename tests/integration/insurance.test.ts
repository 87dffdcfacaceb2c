import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IncidentDto, InsuranceWarningsDto, PolicyDto, PolicyFormValues } from '../../shared/api/insurance';
import type { FileDto } from '../../shared/api/invoices';
import type { MatchDto } from '../../shared/api/matches';
import { matchFamilies } from '../support/matches';
import { data, municipality } from '../support/registrations';
import { scenario } from '../support/scenario';

const s = scenario('2026-11-23T09:00:00Z');
const { call } = s;

async function startedMatch(proposal: object): Promise<MatchDto> {
  let match = await call<MatchDto>('matches.create', proposal);
  match = await call<MatchDto>('matches.changeStatus', {
    id: match.id,
    version: match.version,
    to: 'kennismaking',
    date: '2026-11-10',
    reason: '',
  });
  return call<MatchDto>('matches.changeStatus', {
    id: match.id,
    version: match.version,
    to: 'proefperiode',
    date: '2026-11-20',
    reason: '',
  });
}

const policy = (municipalityIds: number[], overrides: Partial<PolicyFormValues> = {}): PolicyFormValues => ({
  insurer: 'Centraal Beheer',
  policyNumber: 'AVB-2026-001',
  coverKind: 'aansprakelijkheid',
  coverOther: '',
  takenOutBy: 'stichting',
  allMunicipalities: false,
  municipalityIds,
  familyIds: [],
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  insuredAmounts: '€ 2.500.000 per gebeurtenis',
  contactName: 'Schadeafdeling',
  contactEmail: 'schade@voorbeeld.nl',
  contactPhone: '',
  notes: '',
  ...overrides,
});

describe('insurance', () => {
  it('covers the matches of its municipalities, lists an active match without cover and a policy that ends soon', async () => {
    const families = await matchFamilies(s.api.dispatch);
    const bloemendaal = data<{ id: number }>(
      await s.api.dispatch('municipalities.create', municipality('Bloemendaal', '2050-2071')),
    );
    const inHaarlem = await startedMatch(families.proposal);
    await startedMatch({ ...families.proposal, municipalityId: families.zandvoort, coordinatorId: null });
    const uncovered = await startedMatch({ ...families.proposal, municipalityId: bloemendaal.id, coordinatorId: null });

    const saved = await call<PolicyDto>(
      'policies.create',
      policy([families.haarlem, families.zandvoort], { endDate: '2027-12-31' }),
    );
    expect(saved.municipalities.map((m) => m.name)).toEqual(['Haarlem', 'Zandvoort']);
    expect(saved.coveredMatches.map((m) => m.municipalityName)).toEqual(['Haarlem', 'Zandvoort']);
    expect(saved.coveredMatches[0]).toMatchObject({
      matchId: inHaarlem.id,
      volunteers: 'Joost de Boer, Anna de Boer',
      byName: false,
    });
    expect(saved.endsSoon).toBe(false);

    const warnings = await call<InsuranceWarningsDto>('insurance.warnings', {});
    expect(warnings.uncoveredMatches).toEqual([
      {
        matchId: uncovered.id,
        families: 'Familie Jansen – Familie de Boer',
        municipalityName: 'Bloemendaal',
        startDate: '2026-11-20',
      },
    ]);
    expect(warnings.endingPolicies).toEqual([]);

    await call(
      'policies.create',
      policy([], {
        policyNumber: 'ONG-7',
        coverKind: 'ongevallen',
        familyIds: [families.support.id],
        endDate: '2027-01-15',
      }),
    );
    const later = await call<InsuranceWarningsDto>('insurance.warnings', {});
    expect(later.uncoveredMatches).toEqual([]);
    expect(later.endingPolicies).toEqual([
      { policyId: expect.any(Number), insurer: 'Centraal Beheer', policyNumber: 'ONG-7', endDate: '2027-01-15' },
    ]);
  });

  it('refuses a policy without a municipality and an end before its start, at the fields', async () => {
    const response = await s.api.dispatch('policies.create', policy([], { endDate: '2025-12-31' }));
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.issues.map((i) => i.path).sort()).toEqual(['endDate', 'municipalityIds']);
  });

  it("prints the insurer's list of volunteers and records an incident with its claim", async () => {
    const families = await matchFamilies(s.api.dispatch);
    const match = await startedMatch(families.proposal);
    const saved = await call<PolicyDto>('policies.create', policy([families.haarlem]));
    const file = await call<FileDto>('policies.insuredList', { id: saved.id });
    const pdf = path.join(s.db.folder, file.fileName);
    fs.writeFileSync(pdf, Buffer.from(file.content, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Joost de Boer, Anna de Boer');
    expect(text).toContain('AVB-2026-001');
    const incident = await call<IncidentDto>('incidents.create', {
      date: '2026-11-21',
      matchId: match.id,
      policyId: saved.id,
      description: 'Daan viel van de fiets; gehecht bij de huisarts.',
      claimNumber: 'S-123',
      status: 'gemeld',
      amountCents: null,
    });
    expect(incident).toMatchObject({
      families: 'Familie Jansen – Familie de Boer',
      policy: 'Centraal Beheer AVB-2026-001',
      status: 'gemeld',
    });
    const conditions = { fileName: 'voorwaarden.pdf', content: Buffer.from('%PDF-1.4').toString('base64') };
    const refused = await s.api.dispatch('policies.attachConditions', {
      id: saved.id,
      version: saved.version,
      ...conditions,
      fileName: 'voorwaarden.docx',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'fileName', message: 'Kies een PDF-bestand.' }] },
    });
    expect(
      (await call<PolicyDto>('policies.attachConditions', { id: saved.id, version: saved.version, ...conditions }))
        .hasConditions,
    ).toBe(true);
    const paid = await call<IncidentDto>('incidents.update', {
      ...incident,
      id: incident.id,
      version: incident.version,
      status: 'uitgekeerd',
      amountCents: 12_500,
    });
    expect(paid).toMatchObject({ status: 'uitgekeerd', amountCents: 12_500 });
    const withLetter = await call<IncidentDto>('incidents.attachDocument', {
      id: paid.id,
      version: paid.version,
      fileName: 'brief.pdf',
      content: conditions.content,
    });
    expect(withLetter.documents.map((d) => d.fileName)).toEqual(['brief.pdf']);
    await call('incidents.openDocument', { id: withLetter.documents[0].id });
    expect(s.api.desktop.opened).toHaveLength(1);
    expect(fs.readFileSync(s.api.desktop.opened[0], 'latin1')).toBe('%PDF-1.4');
  });
});
