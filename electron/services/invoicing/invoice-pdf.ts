import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDate, formatLongDate, formatMoney } from '../../../shared/domain/format';
import { friendlyIban } from '../../../shared/domain/invoicing/identifiers';
import { cellText, COLORS, letterhead, renderPdf } from '../documents/pdf';
import type { InvoiceDocument, IssuedDetails } from './document';

/** The invoice as the municipality receives it on paper or as PDF. */
export function renderInvoicePdf(invoice: InvoiceDocument, logoDataUrl: string | null): Promise<Buffer> {
  const credit = invoice.kind === 'credit';
  const title =
    invoice.number === null
      ? credit
        ? 'Concept-creditfactuur'
        : 'Conceptfactuur'
      : credit
        ? 'Creditfactuur'
        : 'Factuur';
  return renderPdf({
    title: `${title} ${invoice.number ?? ''}`.trim(),
    footerText: footerLine(invoice.seller),
    content: [
      letterhead(invoice.seller, logoDataUrl),
      {
        columns: [
          addressBlock(invoice.buyer),
          { width: 230, stack: [{ text: title.toUpperCase(), style: 'title' }, factsTable(invoice)] },
        ],
        margin: [0, 28, 0, 28],
      },
      linesTable(invoice),
      { text: invoice.seller.vatExemptionText, margin: [0, 14, 0, 0] },
      { text: paymentText(invoice), margin: [0, 10, 0, 0] },
    ],
  });
}

/** A friendly letter for an overdue invoice, with what is still open. */
export function renderReminderPdf(
  invoice: InvoiceDocument,
  logoDataUrl: string | null,
  reminder: { date: string; paidCents: number },
): Promise<Buffer> {
  const open = invoice.amountCents - reminder.paidCents;
  const rows: [string, string][] = [
    ['Factuurnummer', invoice.number ?? ''],
    ['Factuurdatum', formatLongDate(invoice.invoiceDate)],
    ['Vervaldatum', formatLongDate(invoice.dueDate)],
    ['Factuurbedrag', formatMoney(invoice.amountCents)],
    ['Al ontvangen', formatMoney(reminder.paidCents)],
    ['Nog te betalen', formatMoney(open)],
  ];
  return renderPdf({
    title: `Herinnering factuur ${invoice.number}`,
    footerText: footerLine(invoice.seller),
    content: [
      letterhead(invoice.seller, logoDataUrl),
      {
        columns: [
          addressBlock(invoice.buyer),
          { width: 200, text: `${invoice.seller.city ?? ''}, ${formatLongDate(reminder.date)}`, alignment: 'right' },
        ],
        margin: [0, 28, 0, 28],
      },
      { text: `Betreft: herinnering factuur ${invoice.number}`, bold: true, margin: [0, 0, 0, 14] },
      { text: 'Geachte heer, mevrouw,', margin: [0, 0, 0, 8] },
      {
        text: `Volgens onze administratie hebben wij de betaling van onderstaande factuur voor ${invoice.contract.description} nog niet (volledig) ontvangen. De betaaltermijn is op ${formatLongDate(invoice.dueDate)} verstreken.`,
        margin: [0, 0, 0, 12],
      },
      {
        table: {
          widths: [140, 120],
          body: rows.map(([label, value], i) => [
            { text: label, color: COLORS.muted },
            { text: value, alignment: 'right', bold: i === rows.length - 1 },
          ]),
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 12],
      },
      {
        text: `Wij verzoeken u het openstaande bedrag van ${formatMoney(open)} binnen 14 dagen over te maken op ${ibanText(invoice.seller)}, onder vermelding van factuurnummer ${invoice.number}. Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen. Heeft u vragen over de factuur, neem dan contact met ons op${invoice.seller.email ? ` via ${invoice.seller.email}` : ''}.`,
        margin: [0, 0, 0, 24],
      },
      { text: 'Met vriendelijke groet,' },
      { text: `${invoice.seller.name}, backoffice`, margin: [0, 28, 0, 0] },
    ],
  });
}

/** Break opportunities in typed text (`cellText`), per column: so every amount stays on the page. */
const FACTS = 14;
const ADDRESS = 22;
const LINES = 32;

function addressBlock(buyer: IssuedDetails['buyer']): Content {
  const lines = [
    buyer.name,
    buyer.department,
    buyer.contact ? `t.a.v. ${buyer.contact}` : null,
    buyer.street,
    `${buyer.postcode}  ${buyer.city.toUpperCase()}`,
  ].filter((line): line is string => Boolean(line));
  return { stack: lines.map((text) => ({ text: cellText(text, ADDRESS) })), margin: [0, 22, 0, 0] };
}

function factsTable(invoice: InvoiceDocument): Content {
  const facts: [string, string][] = [
    ['Factuurnummer', invoice.number ?? 'concept (nog geen nummer)'],
    ['Factuurdatum', formatLongDate(invoice.invoiceDate)],
  ];
  if (invoice.kind === 'invoice') facts.push(['Vervaldatum', formatLongDate(invoice.dueDate)]);
  if (invoice.instalmentLabel) facts.push(['Termijn', invoice.instalmentLabel]);
  if (invoice.credited)
    facts.push(['Crediteert factuur', `${invoice.credited.number} van ${formatDate(invoice.credited.invoiceDate)}`]);
  if (invoice.buyer.reference) facts.push(['Uw kenmerk', invoice.buyer.reference]);
  if (invoice.purchaseOrderNumber) facts.push(['Inkoopordernummer', invoice.purchaseOrderNumber]);
  if (invoice.buyer.oin) facts.push(['Uw OIN', invoice.buyer.oin]);
  return {
    table: {
      widths: [90, '*'],
      body: facts.map(([label, value]) => [
        { text: label, color: COLORS.muted, fontSize: 9 },
        { text: cellText(value, FACTS), fontSize: 9 },
      ]),
    },
    layout: 'noBorders',
  };
}

function linesTable(invoice: InvoiceDocument): Content {
  const { contract, period } = invoice;
  const details = [
    `Opdracht: ${contract.description}`,
    `Periode van de opdracht: ${formatDate(contract.startDate)} t/m ${formatDate(contract.endDate)}`,
  ];
  if (period.startDate !== contract.startDate || period.endDate !== contract.endDate)
    details.push(`Periode van deze factuur: ${formatDate(period.startDate)} t/m ${formatDate(period.endDate)}`);
  const vat = invoice.seller.vatCategory === 'E' ? 'Btw (vrijgesteld)' : 'Btw (niet van toepassing)';
  const total = (label: string, amount: string, bold = false): TableCell[] => [
    { text: label, alignment: 'right', bold, border: [false, false, false, false] },
    { text: amount, alignment: 'right', bold, border: [false, false, false, false] },
  ];
  return {
    table: {
      headerRows: 1,
      widths: ['*', 100],
      body: [
        [
          { text: 'Omschrijving', style: 'th' },
          { text: 'Bedrag', style: 'th', alignment: 'right' },
        ],
        [
          {
            stack: [
              { text: cellText(invoice.description, LINES), bold: true },
              ...details.map((text) => ({ text: cellText(text, LINES), fontSize: 9, color: COLORS.muted })),
            ],
          },
          { text: formatMoney(invoice.amountCents), alignment: 'right' },
        ],
        total('Subtotaal', formatMoney(invoice.amountCents)),
        total(vat, formatMoney(0)),
        total(
          invoice.kind === 'credit' ? 'Totaal te crediteren' : 'Totaal te betalen',
          formatMoney(invoice.amountCents),
          true,
        ),
      ],
    },
    layout: {
      hLineWidth: (i: number) => (i <= 2 ? 0.6 : 0),
      vLineWidth: () => 0,
      hLineColor: () => COLORS.line,
      paddingTop: () => 5,
      paddingBottom: () => 5,
    },
  };
}

function paymentText(invoice: InvoiceDocument): string {
  if (invoice.kind === 'credit') {
    return `Met deze creditfactuur crediteren wij factuur ${invoice.credited?.number ?? ''} volledig; u hoeft die factuur niet meer te betalen. Hebt u haar al betaald, dan storten wij het bedrag terug of verrekenen wij het met een volgende factuur.`;
  }
  if (invoice.number === null)
    return 'Dit is een concept; het wordt pas een factuur als het definitief is gemaakt en een nummer heeft.';
  return `Wij verzoeken u het bedrag van ${formatMoney(invoice.amountCents)} vóór ${formatLongDate(invoice.dueDate)} (binnen ${invoice.paymentTermDays} dagen) over te maken op ${ibanText(invoice.seller)}, onder vermelding van factuurnummer ${invoice.number}.`;
}

function ibanText(seller: IssuedDetails['seller']): string {
  return `IBAN ${seller.iban ? friendlyIban(seller.iban) : '—'}${seller.bic ? ` (BIC ${seller.bic})` : ''} ten name van ${seller.name}`;
}

function footerLine(seller: IssuedDetails['seller']): string {
  return [
    seller.name,
    seller.kvkNumber ? `KvK ${seller.kvkNumber}` : null,
    seller.iban ? `IBAN ${friendlyIban(seller.iban)}` : null,
    seller.vatCategory === 'E' && seller.vatNumber ? `btw-nummer ${seller.vatNumber}` : null,
  ]
    .filter(Boolean)
    .join('  ·  ');
}
