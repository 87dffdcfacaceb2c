import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { guessMapping, headerKey } from '../../../electron/services/imports/mapping';
import { TOO_BIG_TO_READ, prepareRead } from '../../../electron/services/imports/read-job';
import { splitAddress } from '../../../electron/services/imports/rows';
import { FileProblem, NOT_CSV, sniffCsv } from '../../../electron/services/imports/sniff';
import type { ReadRequest, WorkerMessage } from '../../../electron/services/imports/worker-protocol';
import { IMPORT_FIELDS } from '../../../shared/api/imports';
import { csvOf, largeImportRows } from '../../support/import-file';

const BUILT_WORKER = path.resolve(__dirname, '../../../out/main/import-worker.js');

describe('import files', () => {
  it('recognises every header name of one field only', () => {
    const owners = new Map<string, string>();
    for (const field of IMPORT_FIELDS) {
      for (const name of [field.label, ...field.aliases].map(headerKey)) {
        expect(owners.get(name) ?? field.key, `"${name}"`).toBe(field.key);
        owners.set(name, field.key);
      }
    }
    expect(guessMapping(['Huisnr.', 'Toev.', 'Huisnummertoevoeging'])).toMatchObject({
      houseNumber: 0,
      houseNumberAddition: 1,
    });
  });

  it('splits a house number with its addition wherever the file put it', () => {
    expect(splitAddress('Schoterweg', '112A', '')).toEqual({ street: 'Schoterweg', houseNumber: '112', addition: 'A' });
    expect(splitAddress('Schoterweg', '112', 'A')).toEqual({ street: 'Schoterweg', houseNumber: '112', addition: 'A' });
    expect(splitAddress('Schoterweg 112A', '', '')).toEqual({
      street: 'Schoterweg',
      houseNumber: '112',
      addition: 'A',
    });
    expect(splitAddress('Schoterweg', '112-a', 'A')).toMatchObject({ houseNumber: '112', addition: 'A' });
    expect(splitAddress('Schoterweg', '112b', 'A').conflict).toMatch(/spreken elkaar tegen/);
  });

  it('tells text from a binary file, and reads UTF-16 text as Excel saves "Unicode-tekst"', () => {
    const refused = (bytes: Buffer) => {
      try {
        sniffCsv(bytes);
        return null;
      } catch (error) {
        return error instanceof FileProblem ? error.message : String(error);
      }
    };
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(refused(png)).toBe(NOT_CSV);
    expect(refused(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]))).toBe(NOT_CSV);
    expect(refused(Buffer.from([0x50, 0x4b, 3, 4, 20, 0]))).toMatch(/^Dit is geen CSV-bestand maar een Excel/);
    expect(sniffCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Soort\tDatum', 'utf16le')]))).toBe(
      'Soort\tDatum',
    );
    expect(sniffCsv(Buffer.from('Soort;Plaats\r\nvraag;Zoë', 'latin1'))).toBe('Soort;Plaats\r\nvraag;Zoë');
  });

  it('answers a worker that runs out of memory with a Dutch message at the file field', async () => {
    const file = {
      fileName: 'te-groot.csv',
      contentBase64: csvOf(largeImportRows(60_000)).toString('base64'),
      mapping: null,
    };
    await expect(prepareRead(file, '2026-11-23', { heapMb: 16 })).rejects.toMatchObject({
      message: TOO_BIG_TO_READ,
      issues: [{ path: 'contentBase64', message: TOO_BIG_TO_READ }],
    });
  }, 60_000);

  // The build (`npm run build`, which `npm test` runs first) makes the worker a file of its own.
  it('starts the built worker as a plain Node worker thread', async () => {
    expect(fs.existsSync(BUILT_WORKER), 'run npm run build first').toBe(true);
    const request: ReadRequest = {
      fileName: 'lijst.csv',
      contentBase64: csvOf(largeImportRows(3)).toString('base64'),
      mapping: null,
      remembered: [],
      today: '2026-11-23',
    };
    const messages: WorkerMessage[] = [];
    const worker = new Worker(BUILT_WORKER, { workerData: request });
    worker.on('message', (message: WorkerMessage) => messages.push(message));
    await new Promise((resolve, reject) => worker.on('exit', resolve).on('error', reject));
    expect(messages.map((message) => message.type)).toEqual(['header', 'rows', 'done']);
    const rows = messages.find((message) => message.type === 'rows')!;
    expect(rows.type === 'rows' && rows.rows.map((row) => row.values?.family.houseNumberAddition)).toEqual([
      'A',
      null,
      null,
    ]);
  });
});
