import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileDto } from '../../shared/api/invoices';
import type { MatchDto, TemplateDto } from '../../shared/api/matches';
import { matchFamilies } from '../support/matches';
import { scenario } from '../support/scenario';

const s = scenario('2026-11-23T09:00:00Z');
const { call, refusal } = s;

const rules = (body: string) => ({ kind: 'huisregels', title: 'Huisregels', body, version: 1 });

describe('document templates against bad input', () => {
  it('refuses at the field what every object inherits, named as a placeholder', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const refused = await refusal('templates.save', rules(`Welkom {{steungezin.naam}}, {{${name}}}.`));
      expect(refused.issues).toEqual([
        {
          path: 'body',
          message: `Deze plaatsaanduiding kent de app niet: {{${name}}}. Kies uit de lijst naast de tekst.`,
        },
      ]);
    }
    const [latest] = (await call<TemplateDto[]>('templates.list', {})).filter((t) => t.kind === 'huisregels');
    expect(latest.templateVersion).toBe(1);
  });

  it('refuses a text longer than 20,000 characters at the field', async () => {
    const refused = await refusal('templates.save', rules('x'.repeat(20_001)));
    expect(refused.issues).toEqual([{ path: 'body', message: 'Tekst mag hoogstens 20000 tekens lang zijn.' }]);
  });

  it('breaks a word of 20,000 characters in the PDF: quickly, and within the page', async () => {
    const word = 'x'.repeat(19_980);
    await call<TemplateDto>('templates.save', rules(`# Huisregels\n\n${word}`));
    const families = await matchFamilies(s.api.dispatch);
    const match = await call<MatchDto>('matches.create', families.proposal);
    const started = Date.now();
    const { id } = await call<{ id: number }>('documents.generate', { matchId: match.id, kind: 'huisregels' });
    const file = await call<FileDto>('documents.pdf', { id });
    expect(Date.now() - started).toBeLessThan(10_000);

    const pdf = path.join(s.db.folder, file.fileName);
    fs.writeFileSync(pdf, Buffer.from(file.content, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const lines = text.split('\n').filter((line) => line.includes('xxxx'));
    expect(lines.length).toBeGreaterThan(100);
    expect(Math.max(...lines.map((line) => line.trim().length))).toBeLessThanOrEqual(100);
    expect(lines.join('').replace(/[^x]/g, '')).toHaveLength(word.length);
  });
});
