import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { launchChromium } from '../e2e/support/app';

export interface TableFigures {
  firstRows: number;
  domRows: number;
  scrollToEnd: number;
  lastRowShown: boolean;
}

/**
 * The app's one DataTable with 100,000 rows in headless Chromium: ms from the start of rendering
 * until the first rows are on screen, how many rows exist in the page, and a jump to the end.
 */
export async function benchDataTable(): Promise<TableFigures> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-table-'));
  await build({
    root: path.join(__dirname, 'datatable'),
    plugins: [react()],
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false } },
  });
  const server = http.createServer((req, res) => {
    const file = path.join(outDir, req.url === '/' ? 'index.html' : req.url!.slice(1));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res
      .writeHead(200, {
        'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html',
      })
      .end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 950 } });
    await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
    const grid = page.getByRole('grid', { name: 'Honderdduizend' });
    await grid.locator('tbody tr').first().waitFor();
    const firstRows = await page.evaluate(
      () => performance.now() - (globalThis as unknown as { renderStart: number }).renderStart,
    );
    const domRows = await grid.locator('tbody tr').count();
    const start = Date.now();
    await grid.evaluate((element) => {
      const scroller = element as unknown as { scrollTo(x: number, y: number): void; scrollHeight: number };
      scroller.scrollTo(0, scroller.scrollHeight);
    });
    await grid.getByRole('cell', { name: '100000', exact: true }).waitFor();
    return { firstRows, domRows, scrollToEnd: Date.now() - start, lastRowShown: true };
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
