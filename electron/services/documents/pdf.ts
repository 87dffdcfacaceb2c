import * as pdfmakeModule from 'pdfmake';
import * as fontFiles from 'pdfmake/build/vfs_fonts';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { OrganisationDetails } from '../../../shared/domain/invoicing/organisation';
import { withoutControlCharacters } from '../../../shared/domain/text';

/** pdfmake's server build is one CommonJS instance; bundlers hand it over as the namespace's default. */
const pdfmake = (pdfmakeModule as unknown as { default?: typeof pdfmakeModule }).default ?? pdfmakeModule;

let ready = false;

/** Fonts come from pdfmake's own bundle; documents may not reach the file system or the network. */
function setUp(): void {
  if (ready) return;
  const files = (fontFiles as unknown as { default?: Record<string, string> }).default ?? fontFiles;
  const virtualfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } })
    .virtualfs;
  for (const [name, base64] of Object.entries(files)) {
    if (name.endsWith('.ttf')) virtualfs.writeFileSync(name, Buffer.from(base64, 'base64'));
  }
  pdfmake.setFonts({
    Roboto: {
      normal: 'Roboto-Regular.ttf',
      bold: 'Roboto-Medium.ttf',
      italics: 'Roboto-Italic.ttf',
      bolditalics: 'Roboto-MediumItalic.ttf',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

export const COLORS = { text: '#1f2933', muted: '#5f6b7a', accent: '#1c7c54', line: '#c9d1d9' };

/**
 * Typed text may hold a word longer than a line (a pasted link, a row of dashes). pdfmake then splits
 * it letter by letter, which for a word of 20,000 characters takes most of a minute; a zero-width
 * space after every 40 characters of a long word lets it break there at once, and shows nothing.
 * In a table or a column pdfmake does not split a word at all: the word widens its column and
 * pushes the next one off the page. There `every` is at most what the narrowest line holds.
 */
export function breakLongWords(text: string, every = 40): string {
  const long = new RegExp(`\\S{${every + 1},}`, 'gu');
  const part = new RegExp(`\\S{${every}}(?=\\S)`, 'gu');
  return text.replace(long, (word) => word.replace(part, '$&\u200b'));
}

/**
 * Typed text in a column or a table cell, where pdfmake never splits a word: without the control
 * characters no document holds, and with break opportunities every `every` characters (at most what
 * the column's line holds of the widest letter), so the column keeps its width.
 */
export function cellText(text: string, every: number): string {
  return breakLongWords(withoutControlCharacters(text), every);
}

/**
 * Every document: A4, Dutch metadata, the same type and "pagina 1 van 2" at the foot. With
 * `createdAt` the file states that moment, so a document made again comes out the same.
 */
export async function renderPdf(definition: {
  title: string;
  content: Content;
  footerText?: string;
  createdAt?: Date;
}): Promise<Buffer> {
  setUp();
  const document: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    info: {
      title: definition.title,
      creator: 'Buurtgezinnen backoffice',
      producer: 'Buurtgezinnen backoffice',
      ...(definition.createdAt ? { creationDate: definition.createdAt, modDate: definition.createdAt } : {}),
    },
    language: 'nl-NL',
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25, color: COLORS.text },
    content: definition.content,
    // A heading (marked `headlineLevel`) never ends a page: with no text, image or line under it on
    // the page (only other headings, the footer, or a table whose rows all moved on) it moves too.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel !== undefined &&
      !nodes
        .getFollowingNodesOnPage()
        .some(
          (next) =>
            (next.text !== undefined || next.image !== undefined || next.canvas !== undefined) &&
            next.headlineLevel === undefined &&
            next.style !== 'footer',
        ),
    styles: {
      title: { fontSize: 18, bold: true, color: COLORS.accent, margin: [0, 0, 0, 8] },
      th: { bold: true, fontSize: 9, color: COLORS.muted },
      footer: { fontSize: 8, color: COLORS.muted },
    },
    footer: (currentPage: number, pageCount: number) => ({
      margin: [56, 20, 56, 0],
      style: 'footer',
      columns: [
        { text: breakLongWords(definition.footerText ?? ''), style: 'footer' },
        { text: `pagina ${currentPage} van ${pageCount}`, alignment: 'right', width: 90, style: 'footer' },
      ],
    }),
  };
  return pdfmake.createPdf(document).getBuffer();
}

/** Buurtgezinnen's logo (or name) left, its address right: the head of every document. */
export function letterhead(seller: OrganisationDetails, logoDataUrl: string | null): Content {
  const brand: Content = logoDataUrl
    ? { image: logoDataUrl, fit: [150, 60] }
    : { text: breakLongWords(seller.name, 16), fontSize: 16, bold: true, color: COLORS.accent };
  const lines = [
    seller.name,
    seller.street,
    [seller.postcode, seller.city].filter(Boolean).join('  '),
    seller.email,
    seller.phone,
    seller.website,
  ].filter((line): line is string => Boolean(line));
  return {
    columns: [
      { width: '*', stack: [brand] },
      {
        width: 200,
        stack: lines.map((line, i) => ({
          text: breakLongWords(line, 18),
          bold: i === 0,
          fontSize: 9,
          alignment: 'right' as const,
        })),
      },
    ],
  };
}
