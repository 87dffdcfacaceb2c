import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoiceUbl } from '../../../electron/services/invoicing/ubl';
import { valkenburgCredit, valkenburgInvoice } from '../../support/invoicing';
import { RULE_IDS, nlciusErrors, parseUbl } from '../../support/nlcius';
import { orderErrors } from '../../support/ubl-order';

const CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';

const exempt = () =>
  valkenburgInvoice({
    seller: {
      ...valkenburgInvoice().seller,
      vatCategory: 'E',
      vatNumber: 'NL123456789B01',
      vatExemptionText: 'Vrijgesteld van btw op grond van art. 11 Wet OB.',
    },
  });

/** xmllint checks that the document is well-formed; with the UBL 2.1 schema at hand, also against it. */
function xmllint(xml: string): void {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bg-ubl-')), 'invoice.xml');
  fs.writeFileSync(file, xml);
  const schemaFolder = process.env.UBL_SCHEMA_DIR;
  const root = xml.includes('<CreditNote') ? 'CreditNote' : 'Invoice';
  const schema = schemaFolder ? ['--schema', path.join(schemaFolder, 'maindoc', `UBL-${root}-2.1.xsd`)] : [];
  execFileSync('xmllint', ['--noout', ...schema, file], { stdio: 'pipe' });
}

describe('the e-invoice (UBL 2.1, SI-UBL 2.0)', () => {
  for (const [name, document] of [
    ['invoice outside the scope of VAT', valkenburgInvoice()],
    ['credit note', valkenburgCredit()],
    ['VAT-exempt invoice', exempt()],
  ] as const) {
    it(`makes a ${name} that passes the NLCIUS rules and the schema's element order`, () => {
      const xml = invoiceUbl(document);
      expect(nlciusErrors(xml)).toEqual([]);
      expect(orderErrors(xml)).toEqual([]);
      xmllint(xml);
    });
  }

  it('writes an Invoice 380 and a CreditNote 381 that refers to the invoice, with the same positive totals', () => {
    const invoice = invoiceUbl(valkenburgInvoice());
    const credit = invoiceUbl(valkenburgCredit());
    expect(invoice).toContain('<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>');
    expect(invoice).toContain('<cbc:PayableAmount currencyID="EUR">10462.50</cbc:PayableAmount>');
    expect(credit).toMatch(/<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"/);
    expect(credit).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>');
    expect(credit).toMatch(/<cac:InvoiceDocumentReference>\s*<cbc:ID>2026-0007<\/cbc:ID>/);
    expect(credit).toContain('<cbc:PayableAmount currencyID="EUR">10462.50</cbc:PayableAmount>');
  });

  it('follows the VAT choice: O has no VAT number and no rate, E has both', () => {
    const outside = invoiceUbl(valkenburgInvoice());
    expect(outside).not.toContain('PartyTaxScheme');
    expect(outside).not.toContain('<cbc:Percent>');
    const vatExempt = invoiceUbl(exempt());
    expect(vatExempt).toContain('<cbc:CompanyID>NL123456789B01</cbc:CompanyID>');
    expect(vatExempt).toContain('<cbc:Percent>0</cbc:Percent>');
    expect(vatExempt).toContain(
      '<cbc:TaxExemptionReason>Vrijgesteld van btw op grond van art. 11 Wet OB.</cbc:TaxExemptionReason>',
    );
  });
});

describe('what the receiving municipality reads', () => {
  const buyer = {
    ...valkenburgInvoice().buyer,
    name: `Gemeente Súdwest-Fryslân "Sociaal & Zorg" <inkoop>\u000B 't Hûs`,
    department: "Team Jeugd & Gezin 't Sneek",
  };
  const nameOf = (xml: string) =>
    parseUbl(xml).getElementsByTagNameNS(CBC, 'RegistrationName').item(1)?.textContent ?? '';

  it('escapes what XML must escape and leaves out a control character an older record may hold', () => {
    for (const document of [valkenburgInvoice({ buyer }), { ...valkenburgCredit(), buyer }]) {
      const xml = invoiceUbl(document);
      xmllint(xml);
      expect(xml).not.toContain('\u000B');
      expect(nameOf(xml)).toBe(`Gemeente Súdwest-Fryslân "Sociaal & Zorg" <inkoop> 't Hûs`);
      expect(xml).toContain(
        '<cbc:AdditionalStreetName>Team Jeugd &amp; Gezin &apos;t Sneek</cbc:AdditionalStreetName>',
      );
    }
  });

  it("states the instalment's own period, not the contract's", () => {
    const xml = invoiceUbl(valkenburgInvoice());
    expect(xml).toMatch(
      /<cac:InvoicePeriod>\s*<cbc:StartDate>2026-04-01<\/cbc:StartDate>\s*<cbc:EndDate>2026-09-30<\/cbc:EndDate>/,
    );
  });

  it('writes the purchase order number as the order reference, and none without one', () => {
    for (const document of [
      valkenburgInvoice({ purchaseOrderNumber: '4500012345' }),
      { ...valkenburgCredit(), purchaseOrderNumber: '4500012345' },
    ]) {
      const xml = invoiceUbl(document);
      expect(xml).toMatch(/<cac:OrderReference>\s*<cbc:ID>4500012345<\/cbc:ID>\s*<\/cac:OrderReference>/);
      expect(orderErrors(xml)).toEqual([]);
      xmllint(xml);
    }
    expect(invoiceUbl(valkenburgInvoice())).not.toContain('OrderReference');
  });

  it('writes the whole description, however long', () => {
    const description = `Bijdrage ${'Buurtgezinnen '.repeat(30)}`.slice(0, 300);
    expect(invoiceUbl(valkenburgInvoice({ description }))).toContain(`<cbc:Name>${description}</cbc:Name>`);
  });

  it('leaves out what SI-UBL advises against: BR-NL-24, 29, 30 and 31', () => {
    const invoice = invoiceUbl(valkenburgInvoice());
    expect(invoice).toContain('<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>');
    expect(invoice).toMatch(
      /<cac:PayeeFinancialAccount>\s*<cbc:ID>NL91ABNA0417164300<\/cbc:ID>\s*<\/cac:PayeeFinancialAccount>/,
    );
    expect(invoice).not.toContain('FinancialInstitutionBranch');
    expect(invoiceUbl(valkenburgCredit())).toMatch(
      /<cac:InvoiceDocumentReference>\s*<cbc:ID>2026-0007<\/cbc:ID>\s*<\/cac:InvoiceDocumentReference>/,
    );
  });
});

const STANDARD_RATE_SUBTOTAL = `<cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">0.00</cbc:TaxableAmount>
  <cbc:TaxAmount currencyID="EUR">0.00</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>21</cbc:Percent>
  <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>`;

/** Each rule broken on purpose: our check must name exactly that rule. */
const BREAKS: [rule: string, xml: () => string][] = [
  ['BR-01', () => invoiceUbl(valkenburgInvoice()).replace(':nlcius:v1.0<', ':other:v1.0<')],
  [
    'BR-02',
    () =>
      invoiceUbl(valkenburgInvoice()).replace(
        '<cbc:ID>2026-0007</cbc:ID>\n  <cbc:IssueDate>',
        '<cbc:ID></cbc:ID>\n  <cbc:IssueDate>',
      ),
  ],
  ['BR-04', () => invoiceUbl(valkenburgInvoice()).replace('>380<', '>381<')],
  [
    'BR-05',
    () => invoiceUbl(valkenburgInvoice()).replace('<cbc:DocumentCurrencyCode>EUR', '<cbc:DocumentCurrencyCode>USD'),
  ],
  [
    'BR-CO-10',
    () =>
      invoiceUbl(valkenburgInvoice()).replace(
        /(<cac:InvoiceLine>[\s\S]*?<cbc:LineExtensionAmount currencyID="EUR">)10462.50/,
        '$110462.49',
      ),
  ],
  [
    'BR-CO-15',
    () =>
      invoiceUbl(valkenburgInvoice()).replace(
        '<cbc:TaxInclusiveAmount currencyID="EUR">10462.50',
        '<cbc:TaxInclusiveAmount currencyID="EUR">10462.51',
      ),
  ],
  [
    'BR-CO-16',
    () =>
      invoiceUbl(valkenburgInvoice()).replace(
        '<cbc:PayableAmount currencyID="EUR">10462.50',
        '<cbc:PayableAmount currencyID="EUR">10462.05',
      ),
  ],
  ['BR-DEC', () => invoiceUbl(valkenburgInvoice()).replaceAll('10462.50', '10462.500')],
  [
    'BR-NL-1',
    () =>
      invoiceUbl(valkenburgInvoice()).replace(
        /(<cac:AccountingSupplierParty>[\s\S]*?<cbc:CompanyID schemeID=")0106/,
        '$10088',
      ),
  ],
  ['BR-NL-2', () => invoiceUbl(valkenburgInvoice({ buyer: { ...valkenburgInvoice().buyer, reference: null } }))],
  ['BR-NL-3', () => invoiceUbl(valkenburgInvoice({ seller: { ...valkenburgInvoice().seller, street: '' } }))],
  ['BR-NL-4', () => invoiceUbl(valkenburgInvoice({ buyer: { ...valkenburgInvoice().buyer, postcode: '' } }))],
  ['BR-NL-9', () => invoiceUbl({ ...valkenburgCredit(), credited: null })],
  ['BR-NL-10', () => invoiceUbl(valkenburgInvoice({ buyer: { ...valkenburgInvoice().buyer, oin: null, kvk: null } }))],
  ['BR-NL-11', () => invoiceUbl(valkenburgInvoice()).replace(/<cac:PaymentMeans>[\s\S]*?<\/cac:PaymentMeans>/, '')],
  ['BR-NL-12', () => invoiceUbl(valkenburgInvoice()).replace('>58<', '>42<')],
  ['BR-61', () => invoiceUbl(valkenburgInvoice({ seller: { ...valkenburgInvoice().seller, iban: null } }))],
  ['PEPPOL-R020', () => invoiceUbl(valkenburgInvoice({ seller: { ...valkenburgInvoice().seller, kvkNumber: null } }))],
  [
    'BR-O-2',
    () =>
      invoiceUbl(
        valkenburgInvoice({ seller: { ...valkenburgInvoice().seller, vatCategory: 'E', vatNumber: 'NL123456789B01' } }),
      )
        .replaceAll('<cbc:ID>E</cbc:ID>', '<cbc:ID>O</cbc:ID>')
        .replaceAll('<cbc:Percent>0</cbc:Percent>', ''),
  ],
  [
    'BR-O-5',
    () =>
      invoiceUbl(valkenburgInvoice()).replace(
        /(<cac:ClassifiedTaxCategory>\s*<cbc:ID>O<\/cbc:ID>)/,
        '$1<cbc:Percent>0</cbc:Percent>',
      ),
  ],
  [
    'BR-O-9',
    () =>
      invoiceUbl(valkenburgInvoice()).replace(
        /(<cac:TaxSubtotal>[\s\S]*?<cbc:TaxAmount currencyID="EUR">)0.00/,
        '$10.01',
      ),
  ],
  [
    'BR-O-10',
    () => invoiceUbl(valkenburgInvoice()).replace(/<cbc:TaxExemptionReason>.*<\/cbc:TaxExemptionReason>/, ''),
  ],
  ['BR-E-2', () => invoiceUbl(exempt()).replace(/<cac:PartyTaxScheme>[\s\S]*?<\/cac:PartyTaxScheme>/, '')],
  ['BR-E-5', () => invoiceUbl(exempt()).replaceAll('<cbc:Percent>0</cbc:Percent>', '<cbc:Percent>21</cbc:Percent>')],
  [
    'BR-E-9',
    () => invoiceUbl(exempt()).replace(/(<cac:TaxSubtotal>[\s\S]*?<cbc:TaxAmount currencyID="EUR">)0.00/, '$10.01'),
  ],
  ['BR-03', () => invoiceUbl(valkenburgInvoice({ invoiceDate: '02-03-2026' }))],
  [
    'BR-06',
    () =>
      invoiceUbl(valkenburgInvoice()).replace(
        '<cbc:RegistrationName>Stichting Buurtgezinnen',
        '<cbc:RegistrationName>',
      ),
  ],
  [
    'BR-07',
    () =>
      invoiceUbl(valkenburgInvoice()).replace(
        '<cbc:RegistrationName>Gemeente Valkenburg aan de Geul',
        '<cbc:RegistrationName>',
      ),
  ],
  ['BR-09', () => invoiceUbl(valkenburgInvoice()).replace(/<cac:Country>[\s\S]*?<\/cac:Country>/, '')],
  [
    'BR-11',
    () =>
      invoiceUbl(valkenburgInvoice()).replace(
        /(<cac:AccountingCustomerParty>[\s\S]*?)<cac:Country>[\s\S]*?<\/cac:Country>/,
        '$1',
      ),
  ],
  ['BR-16', () => invoiceUbl(valkenburgInvoice()).replace(/<cac:InvoiceLine>[\s\S]*<\/cac:InvoiceLine>/, '')],
  ['BR-25', () => invoiceUbl(valkenburgInvoice()).replace(/<cbc:Name>Bijdrage[^<]*<\/cbc:Name>/, '')],
  [
    'BR-CO-13',
    () =>
      invoiceUbl(valkenburgInvoice()).replace(
        '<cbc:TaxExclusiveAmount currencyID="EUR">10462.50',
        '<cbc:TaxExclusiveAmount currencyID="EUR">10000.00',
      ),
  ],
  [
    'BR-CO-25',
    () =>
      invoiceUbl(valkenburgInvoice())
        .replace(/<cbc:DueDate>.*<\/cbc:DueDate>/, '')
        .replace(/<cac:PaymentTerms>[\s\S]*?<\/cac:PaymentTerms>/, ''),
  ],
  [
    'PEPPOL-R010',
    () =>
      invoiceUbl(valkenburgInvoice()).replace(
        /(<cac:AccountingCustomerParty>\s*<cac:Party>\s*)<cbc:EndpointID[^>]*>\d+<\/cbc:EndpointID>/,
        '$1',
      ),
  ],
  [
    'BR-O-11',
    () => invoiceUbl(valkenburgInvoice()).replace('</cac:TaxSubtotal>', `</cac:TaxSubtotal>${STANDARD_RATE_SUBTOTAL}`),
  ],
  ['BR-E-10', () => invoiceUbl(exempt()).replace(/<cbc:TaxExemptionReason>.*<\/cbc:TaxExemptionReason>/, '')],
  ['BR-CO-18', () => invoiceUbl(exempt()).replace(/(<cac:TaxSubtotal>[\s\S]*?<cbc:ID>)E</, '$1O<')],
];

describe('our NLCIUS rules catch each mistake they are about', () => {
  for (const [rule, broken] of BREAKS) {
    it(`${rule} fails when broken on purpose`, () => {
      const errors = nlciusErrors(broken());
      expect(errors.some((error) => error.startsWith(`${rule} `))).toBe(true);
    });
  }

  it('has a test that breaks every rule', () => {
    const tested = new Set(BREAKS.map(([rule]) => rule));
    expect(RULE_IDS.map((id) => id.split(' ')[0]).filter((id) => !tested.has(id))).toEqual([]);
  });

  it("flags elements out of the schema's order", () => {
    const swapped = invoiceUbl(valkenburgInvoice()).replace(
      /(<cbc:IssueDate>2026-03-02<\/cbc:IssueDate>)\s*(<cbc:DueDate>2026-04-01<\/cbc:DueDate>)/,
      '$2$1',
    );
    expect(orderErrors(swapped)).toEqual(['Invoice/IssueDate: out of order']);
  });
});
