import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileDto } from '../../shared/api/invoices';
import {
  ATTACHMENT_TOO_LARGE,
  MAX_ATTACHMENT_BYTES,
  type AgendaItemDto,
  type MatchDto,
  type MatchStatsRowDto,
  type TemplateDto,
} from '../../shared/api/matches';
import { matchFamilies } from '../support/matches';
import { scenario } from '../support/scenario';

const s = scenario('2026-11-23T09:00:00Z');
const { call, refusal, countRows } = s;

function pdfText(file: FileDto): string {
  const pdf = path.join(s.db.folder, `${Date.now()}-${file.fileName}`);
  fs.writeFileSync(pdf, Buffer.from(file.content, 'base64'));
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

async function proposed(): Promise<{ match: MatchDto; families: Awaited<ReturnType<typeof matchFamilies>> }> {
  const families = await matchFamilies(s.api.dispatch);
  return { match: await call<MatchDto>('matches.create', families.proposal), families };
}

async function move(match: MatchDto, to: string, date: string, extra: object = {}): Promise<MatchDto> {
  return call<MatchDto>('matches.changeStatus', {
    id: match.id,
    version: match.version,
    to,
    date,
    reason: '',
    ...extra,
  });
}

describe('a match from proposal to its end', () => {
  it('proposes a match of a vraaggezin and a steungezin with the children who take part', async () => {
    const { match } = await proposed();
    expect(match).toMatchObject({
      status: 'voorgesteld',
      requestingFamily: { name: 'Familie Jansen' },
      supportFamily: { name: 'Familie de Boer', adults: [{ name: 'Joost de Boer' }, { name: 'Anna de Boer' }] },
      supportKinds: ['vaste_middag', 'logeren'],
      evaluations: [],
    });
    expect(match.childIds).toHaveLength(2);
  });

  it('refuses a steungezin in the place of the vraaggezin, and a child of another family', async () => {
    const { families } = await proposed();
    const swapped = await refusal('matches.create', {
      ...families.proposal,
      requestingFamilyId: families.support.id,
      supportFamilyId: families.requesting.id,
    });
    expect(swapped.issues).toEqual([{ path: 'requestingFamilyId', message: 'Kies hier een vraaggezin.' }]);
    const stranger = await refusal('matches.create', {
      ...families.proposal,
      childIds: [families.support.people[0].id],
    });
    expect(stranger.issues).toEqual([{ path: 'childIds', message: 'Kies alleen kinderen van het vraaggezin.' }]);
  });

  it('computes the trial end and the evaluations from the start, records them and ends with results', async () => {
    const { match } = await proposed();
    const meeting = await move(match, 'kennismaking', '2026-11-10');
    const trial = await move(meeting, 'proefperiode', '2026-11-20');
    expect(trial).toMatchObject({ startDate: '2026-11-20', trialEnd: '2027-01-20', guidanceEnd: '2028-11-20' });
    expect(trial.evaluations.map((e) => e.dueDate)).toEqual(['2027-01-20', '2027-07-20', '2028-01-20', '2028-07-20']);
    expect(
      (
        await refusal('matches.changeStatus', {
          id: trial.id,
          version: trial.version,
          to: 'actief',
          date: '2026-11-23',
          reason: '',
        })
      ).message,
    ).toBe('Leg eerst de evaluatie van de proefperiode vast.');

    s.setNow('2027-01-21T09:00:00Z');
    const evaluated = await call<MatchDto>('matches.recordEvaluation', {
      id: trial.id,
      version: trial.version,
      sequence: 0,
      heldDate: '2027-01-20',
      outcome: 'doorgaan',
      notes: 'Gaat goed.',
    });
    expect(evaluated.evaluations[0].held).toEqual({ heldDate: '2027-01-20', outcome: 'doorgaan', notes: 'Gaat goed.' });
    const active = await move(evaluated, 'actief', '2027-01-21');
    const noResults = await refusal('matches.changeStatus', {
      id: active.id,
      version: active.version,
      to: 'afgerond',
      date: '2027-01-21',
      reason: '',
    });
    expect(noResults.issues).toEqual([{ path: 'results', message: 'Leg bij het afronden de resultaten vast.' }]);
    const ended = await move(active, 'afgerond', '2027-01-21', {
      results: {
        childResults: ['zelfvertrouwen', 'sociaal'],
        parentResults: ['rust'],
        professionalHelp: 'afgeschaald',
      },
    });
    expect(ended).toMatchObject({
      status: 'afgerond',
      endDate: '2027-01-21',
      childResults: ['zelfvertrouwen', 'sociaal'],
      professionalHelp: 'afgeschaald',
    });
    expect(ended.history.map((h) => h.toStatus)).toEqual([
      'afgerond',
      'actief',
      'proefperiode',
      'kennismaking',
      'voorgesteld',
    ]);
  });

  it('refuses every forbidden move in Dutch and writes nothing', async () => {
    const { match } = await proposed();
    const changesBefore = await countRows('match_status_change');
    for (const to of ['proefperiode', 'actief', 'afgerond', 'voorgesteld']) {
      const error = await refusal('matches.changeStatus', {
        id: match.id,
        version: match.version,
        to,
        date: '2026-11-20',
        reason: '',
      });
      expect(error.message).toMatch(/^Een koppeling met status "Voorgesteld" kan niet naar "/);
    }
    const noReason = await refusal('matches.changeStatus', {
      id: match.id,
      version: match.version,
      to: 'voortijdig_beeindigd',
      date: '2026-11-20',
      reason: '',
    });
    expect(noReason.issues).toEqual([{ path: 'endReason', message: 'Kies de reden van het beëindigen.' }]);
    const ended = await move(match, 'voortijdig_beeindigd', '2026-11-20', { endReason: 'verhuizing' });
    for (const to of ['voorgesteld', 'kennismaking', 'proefperiode', 'actief', 'afgerond', 'voortijdig_beeindigd']) {
      const error = await refusal('matches.changeStatus', {
        id: ended.id,
        version: ended.version,
        to,
        date: '2026-11-21',
        reason: '',
      });
      expect(error.message).toBe('Deze koppeling is al beëindigd (Voortijdig beëindigd) en kan niet meer veranderen.');
    }
    expect(await countRows('match_status_change')).toBe(changesBefore + 1);
    expect((await call<MatchDto>('matches.get', { id: match.id })).status).toBe('voortijdig_beeindigd');
  });
});

describe('the Agenda and the figures', () => {
  it('lists the trial end and the trial evaluation, marks it overdue, and drops it once recorded', async () => {
    const { match } = await proposed();
    const trial = await move(await move(match, 'kennismaking', '2026-11-10'), 'proefperiode', '2026-11-20');
    const agenda = () =>
      call<AgendaItemDto[]>('matches.agenda', {
        from: '2027-01-01',
        to: '2027-01-31',
        municipalityId: null,
        coordinatorId: null,
      });
    expect((await agenda()).map((i) => [i.kind, i.dueDate, i.overdue])).toEqual([
      ['evaluatie', '2027-01-20', false],
      ['proefperiode_einde', '2027-01-20', false],
    ]);
    s.setNow('2027-02-05T09:00:00Z');
    expect((await agenda()).find((i) => i.kind === 'evaluatie')).toMatchObject({
      overdue: true,
      families: 'Familie Jansen – Familie de Boer',
      coordinatorName: 'Sanne de Vries',
    });
    await call('matches.recordEvaluation', {
      id: trial.id,
      version: trial.version,
      sequence: 0,
      heldDate: '2027-01-22',
      outcome: 'aanpassen',
      notes: '',
    });
    expect((await agenda()).map((i) => i.kind)).toEqual(['proefperiode_einde']);
  });

  it("counts new, active and ended matches per municipality against the contract's target", async () => {
    const { match } = await proposed();
    await move(await move(match, 'kennismaking', '2026-11-10'), 'proefperiode', '2026-11-20');
    const [row] = await call<MatchStatsRowDto[]>('matches.stats', { year: 2026 });
    expect(row).toMatchObject({
      municipalityName: 'Haarlem',
      newMatches: 1,
      active: 1,
      endedRegular: 0,
      endedEarly: 0,
      medianDaysToMatch: 18,
      target: null,
    });
  });

  it('writes a half-year report without names of families', async () => {
    const { match, families } = await proposed();
    await move(await move(match, 'kennismaking', '2026-11-10'), 'proefperiode', '2026-11-20');
    const text = pdfText(
      await call<FileDto>('matches.halfYearReport', { municipalityId: families.haarlem, year: 2026, half: 2 }),
    );
    expect(text).toContain('Halfjaarrapportage tweede halfjaar 2026');
    expect(text).toMatch(/Nieuwe koppelingen in dit halfjaar\s+1/);
    expect(text).not.toMatch(/Jansen|de Boer|Daan|Lotte/);
  });
});

describe('documents for signing', () => {
  it('makes the contract and the huisregels with both families, the dates and a signature block per adult', async () => {
    const { match } = await proposed();
    await move(await move(match, 'kennismaking', '2026-11-10'), 'proefperiode', '2026-11-20');
    const { id: contractId } = await call<{ id: number }>('documents.generate', {
      matchId: match.id,
      kind: 'contract',
    });
    const { id: rulesId } = await call<{ id: number }>('documents.generate', { matchId: match.id, kind: 'huisregels' });
    const contract = pdfText(await call<FileDto>('documents.pdf', { id: contractId }));
    for (const expected of [
      'Samenwerkingsafspraken',
      'Familie Jansen',
      'Familie de Boer',
      'Kerkstraat 12',
      '20 november 2026',
      '20 januari 2027',
      'Daan Jansen (geboren 30 september 2016)',
      'Marieke Jansen',
      'Joost de Boer',
      'Anna de Boer',
      'Sanne de Vries',
      'Handtekening:',
      'pagina 1 van',
    ]) {
      expect(contract).toContain(expected);
    }
    expect(contract.match(/Handtekening:/g)).toHaveLength(4);
    const rules = pdfText(await call<FileDto>('documents.pdf', { id: rulesId }));
    expect(rules).toContain('Huisregels van Familie de Boer');
  });

  it('refuses a template with an unknown placeholder, and regenerates an older document identically after a change', async () => {
    const { match } = await proposed();
    const { id } = await call<{ id: number }>('documents.generate', { matchId: match.id, kind: 'huisregels' });
    const before = await call<FileDto>('documents.pdf', { id });
    const unknown = await refusal('templates.save', {
      kind: 'huisregels',
      title: 'Huisregels',
      body: 'Welkom {{steungezin.naam}} en {{steungezin.hond}}.',
      version: 1,
    });
    expect(unknown.issues).toEqual([
      {
        path: 'body',
        message: 'Deze plaatsaanduiding kent de app niet: {{steungezin.hond}}. Kies uit de lijst naast de tekst.',
      },
    ]);
    const saved = await call<TemplateDto>('templates.save', {
      kind: 'huisregels',
      title: 'Huisregels',
      body: '# Nieuwe huisregels\n\nBij {{steungezin.naam}} eten we om zes uur.',
      version: 1,
    });
    expect(saved.templateVersion).toBe(2);
    const stale = await refusal('templates.save', { kind: 'huisregels', title: 'Huisregels', body: 'Oud', version: 1 });
    expect(stale.code).toBe('STALE');
    s.setNow('2026-12-01T09:00:00Z');
    const after = await call<FileDto>('documents.pdf', { id });
    expect(after.content).toBe(before.content);
    const { id: fresh } = await call<{ id: number }>('documents.generate', { matchId: match.id, kind: 'huisregels' });
    expect(pdfText(await call<FileDto>('documents.pdf', { id: fresh }))).toContain('eten we om zes uur');
  });

  it('prints through the system dialog, records the signature and keeps the scan in the database', async () => {
    const { match } = await proposed();
    const { id } = await call<{ id: number }>('documents.generate', { matchId: match.id, kind: 'contract' });
    await call('documents.print', { id, version: 1 });
    expect(s.api.desktop.printed).toEqual(['Samenwerkingsafspraken']);
    await call('documents.markSigned', { id, version: 2, signedDate: '2026-11-22' });
    await call('documents.attachScan', {
      id,
      version: 3,
      fileName: 'scan.pdf',
      content: Buffer.from('%PDF-1.4 scan').toString('base64'),
    });
    const [document] = (await call<MatchDto>('matches.get', { id: match.id })).documents;
    expect(document).toMatchObject({ status: 'ondertekend', signedDate: '2026-11-22', hasScan: true });
    await call('documents.openScan', { id });
    const [opened] = s.api.desktop.opened;
    expect(path.dirname(opened)).toBe(path.join(s.db.folder, 'tmp'));
    expect(fs.readFileSync(opened, 'latin1')).toBe('%PDF-1.4 scan');
    expect(fs.existsSync(path.join(s.db.folder, 'scans'))).toBe(false);
    expect(
      (await refusal('documents.attachScan', { id, version: 4, fileName: 'scan.exe', content: 'AA==' })).issues[0].path,
    ).toBe('fileName');
  });

  it('refuses a file that is no PDF or photo, an empty one and one over 10 MB, and writes nothing', async () => {
    const { match } = await proposed();
    const { id } = await call<{ id: number }>('documents.generate', { matchId: match.id, kind: 'contract' });
    const pdfOverLimit = Buffer.concat([Buffer.from('%PDF-1.4 '), Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    for (const [content, message] of [
      [Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 'Dit bestand is geen PDF of foto (PDF, PNG of JPEG).'],
      [Buffer.alloc(0), 'Dit bestand is leeg. Kies een ander bestand.'],
      [pdfOverLimit.subarray(0, MAX_ATTACHMENT_BYTES + 1), ATTACHMENT_TOO_LARGE],
    ] as const) {
      const refused = await refusal('documents.attachScan', {
        id,
        version: 1,
        fileName: 'scan.pdf',
        content: content.toString('base64'),
      });
      expect(refused.issues).toEqual([{ path: 'fileName', message }]);
    }
    expect(await countRows('stored_file')).toBe(0);
    const [document] = (await call<MatchDto>('matches.get', { id: match.id })).documents;
    expect(document).toMatchObject({ version: 1, hasScan: false });
  });

  it('keeps one file for a scan that is replaced, and opens the newest', async () => {
    const { match } = await proposed();
    const { id } = await call<{ id: number }>('documents.generate', { matchId: match.id, kind: 'contract' });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const jpeg = Buffer.from('ffd8ffe000104a464946', 'hex');
    await call('documents.attachScan', { id, version: 1, fileName: 'scan.png', content: png.toString('base64') });
    await call('documents.attachScan', { id, version: 2, fileName: 'Scan 2.JPG', content: jpeg.toString('base64') });
    expect(await countRows('stored_file')).toBe(1);
    await call('documents.openScan', { id });
    const [opened] = s.api.desktop.opened;
    expect(path.extname(opened)).toBe('.jpg');
    expect(fs.readFileSync(opened)).toEqual(jpeg);
    const [stored] = await s.db.dataSource.query<{ fileName: string; mediaType: string; sizeBytes: number }[]>(
      `SELECT "fileName", "mediaType", "sizeBytes" FROM "stored_file"`,
    );
    expect(stored).toEqual({ fileName: 'Scan 2.JPG', mediaType: 'image/jpeg', sizeBytes: jpeg.length });
  });
});
