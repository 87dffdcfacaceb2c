import type { Content } from 'pdfmake/interfaces';
import type { OrganisationDetails } from '../../../shared/domain/invoicing/organisation';
import type { TemplateBlock } from '../../../shared/domain/matches/placeholders';
import { breakLongWords, COLORS, letterhead, renderPdf } from '../documents/pdf';

export interface SigningParty {
  /** "Vraaggezin", "Steungezin", "Buurtgezinnen". */
  role: string;
  names: string[];
}

/** A document the families sign: the filled template, then a signature block for every adult. */
export function renderSignedDocument(document: {
  title: string;
  blocks: TemplateBlock[];
  parties: SigningParty[];
  organisation: OrganisationDetails;
  logoDataUrl: string | null;
  createdAt: Date;
}): Promise<Buffer> {
  return renderPdf({
    title: document.title,
    createdAt: document.createdAt,
    footerText: document.organisation.name,
    content: [
      letterhead(document.organisation, document.logoDataUrl),
      { text: document.title, style: 'title', margin: [0, 24, 0, 12] },
      ...document.blocks.map(block),
      {
        text: 'Ondertekening',
        fontSize: 13,
        bold: true,
        color: COLORS.accent,
        margin: [0, 18, 0, 6],
        pageBreak: 'avoid' as never,
      },
      ...document.parties.map(signatures),
    ],
  });
}

function block(part: TemplateBlock): Content {
  switch (part.kind) {
    case 'heading':
      return { text: breakLongWords(part.text), fontSize: 12, bold: true, color: COLORS.accent, margin: [0, 10, 0, 4] };
    case 'list':
      return { ul: part.items.map((item) => breakLongWords(item)), margin: [0, 0, 0, 6] };
    default:
      return { text: breakLongWords(part.text), margin: [0, 0, 0, 6] };
  }
}

function signatures(party: SigningParty): Content {
  const cells: Content[] = party.names.map((name): Content => ({
    unbreakable: true,
    stack: [
      { text: name, bold: true },
      { text: party.role, fontSize: 9, color: COLORS.muted, margin: [0, 0, 0, 10] },
      ...['Datum', 'Plaats', 'Handtekening'].map((label): Content => ({
        columns: [
          { text: `${label}:`, width: 75, fontSize: 9, color: COLORS.muted },
          {
            canvas: [{ type: 'line' as const, x1: 0, y1: 11, x2: 140, y2: 11, lineWidth: 0.5, lineColor: COLORS.line }],
          },
        ],
        margin: [0, 0, 0, label === 'Handtekening' ? 24 : 8] as [number, number, number, number],
      })),
    ],
  }));
  const rows: Content[][] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push([cells[i], cells[i + 1] ?? { text: '' }]);
  return { table: { widths: ['*', '*'], dontBreakRows: true, body: rows }, layout: 'noBorders', margin: [0, 6, 0, 0] };
}
