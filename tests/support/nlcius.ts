import { DOMParser, type Document } from '@xmldom/xmldom';
import * as xpath from 'xpath';

/**
 * Our own check of the SI-UBL 2.0 (NLCIUS) and EN 16931 rules that apply to Buurtgezinnen's
 * invoices, written from the rule texts: each rule is an XPath question about the document.
 */
const select = xpath.useNamespaces({
  inv: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cn: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
});

const NLCIUS_CUSTOMIZATION = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0';

export function parseUbl(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'application/xml');
}

function texts(doc: Document, path: string): string[] {
  return (select(path, doc as unknown as Node) as Node[]).map((node) => (node.textContent ?? '').trim());
}
const text = (doc: Document, path: string) => texts(doc, path)[0] ?? '';
const has = (doc: Document, path: string) => texts(doc, path).some((value) => value !== '');
const amount = (doc: Document, path: string) => Number(text(doc, path) || '0');
const cents = (value: number) => Math.round(value * 100);

const SELLER = '/*/cac:AccountingSupplierParty/cac:Party';
const BUYER = '/*/cac:AccountingCustomerParty/cac:Party';
const TOTAL = '/*/cac:LegalMonetaryTotal';
const LINES = '/*/cac:InvoiceLine | /*/cac:CreditNoteLine';
const DUTCH_IDS = ['0106', '0190'];

type Rule = [id: string, holds: (doc: Document) => boolean];

const isCreditNote = (doc: Document) => doc.documentElement?.localName === 'CreditNote';
const lineAmounts = (doc: Document) => texts(doc, `(${LINES})/cbc:LineExtensionAmount`).map(Number);
const breakdownCategories = (doc: Document) => texts(doc, '/*/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID');
const lineCategories = (doc: Document) => texts(doc, `(${LINES})/cac:Item/cac:ClassifiedTaxCategory/cbc:ID`);
const breakdown = (category: string) => `/*/cac:TaxTotal/cac:TaxSubtotal[cac:TaxCategory/cbc:ID = '${category}']`;
const dutchCompanyId = (doc: Document, party: string) =>
  (select(`${party}/cac:PartyLegalEntity/cbc:CompanyID`, doc as unknown as Node) as Element[]).some(
    (node) => DUTCH_IDS.includes(node.getAttribute('schemeID') ?? '') && (node.textContent ?? '').trim() !== '',
  );

const RULES: Rule[] = [
  ['BR-01 NLCIUS specification identifier', (d) => text(d, '/*/cbc:CustomizationID') === NLCIUS_CUSTOMIZATION],
  ['BR-02 invoice number', (d) => has(d, '/*/cbc:ID')],
  ['BR-03 issue date', (d) => /^\d{4}-\d{2}-\d{2}$/.test(text(d, '/*/cbc:IssueDate'))],
  [
    'BR-04 document type code',
    (d) =>
      isCreditNote(d) ? text(d, '/*/cbc:CreditNoteTypeCode') === '381' : text(d, '/*/cbc:InvoiceTypeCode') === '380',
  ],
  ['BR-05 currency', (d) => text(d, '/*/cbc:DocumentCurrencyCode') === 'EUR'],
  ['BR-06 seller name', (d) => has(d, `${SELLER}/cac:PartyLegalEntity/cbc:RegistrationName`)],
  ['BR-07 buyer name', (d) => has(d, `${BUYER}/cac:PartyLegalEntity/cbc:RegistrationName`)],
  ['BR-09 seller country', (d) => has(d, `${SELLER}/cac:PostalAddress/cac:Country/cbc:IdentificationCode`)],
  ['BR-11 buyer country', (d) => has(d, `${BUYER}/cac:PostalAddress/cac:Country/cbc:IdentificationCode`)],
  ['BR-16 at least one line', (d) => lineAmounts(d).length > 0],
  ['BR-25 item name', (d) => texts(d, `(${LINES})/cac:Item/cbc:Name`).length === lineAmounts(d).length],
  [
    'BR-CO-10 sum of lines',
    (d) => cents(amount(d, `${TOTAL}/cbc:LineExtensionAmount`)) === lineAmounts(d).reduce((s, a) => s + cents(a), 0),
  ],
  [
    'BR-CO-13 total without VAT',
    (d) =>
      cents(amount(d, `${TOTAL}/cbc:TaxExclusiveAmount`)) ===
      cents(amount(d, `${TOTAL}/cbc:LineExtensionAmount`)) -
        cents(amount(d, `${TOTAL}/cbc:AllowanceTotalAmount`)) +
        cents(amount(d, `${TOTAL}/cbc:ChargeTotalAmount`)),
  ],
  [
    'BR-CO-15 total with VAT',
    (d) =>
      cents(amount(d, `${TOTAL}/cbc:TaxInclusiveAmount`)) ===
      cents(amount(d, `${TOTAL}/cbc:TaxExclusiveAmount`)) + cents(amount(d, '/*/cac:TaxTotal/cbc:TaxAmount')),
  ],
  [
    'BR-CO-16 amount due',
    (d) =>
      cents(amount(d, `${TOTAL}/cbc:PayableAmount`)) ===
      cents(amount(d, `${TOTAL}/cbc:TaxInclusiveAmount`)) -
        cents(amount(d, `${TOTAL}/cbc:PrepaidAmount`)) +
        cents(amount(d, `${TOTAL}/cbc:PayableRoundingAmount`)),
  ],
  [
    'BR-CO-25 due date or payment terms when payable',
    (d) =>
      isCreditNote(d) ||
      amount(d, `${TOTAL}/cbc:PayableAmount`) <= 0 ||
      has(d, '/*/cbc:DueDate') ||
      has(d, '/*/cac:PaymentTerms/cbc:Note'),
  ],
  [
    'BR-DEC amounts in at most two decimals',
    (d) =>
      texts(d, `${TOTAL}/* | /*/cac:TaxTotal//cbc:TaxAmount | (${LINES})/cbc:LineExtensionAmount`).every((value) =>
        /^-?\d+(\.\d{1,2})?$/.test(value),
      ),
  ],
  ['BR-NL-1 seller KvK or OIN', (d) => dutchCompanyId(d, SELLER)],
  [
    'BR-NL-2 buyer reference or order reference',
    (d) => has(d, '/*/cbc:BuyerReference') || has(d, '/*/cac:OrderReference/cbc:ID'),
  ],
  [
    'BR-NL-3 seller street, city and postcode',
    (d) => ['StreetName', 'CityName', 'PostalZone'].every((f) => has(d, `${SELLER}/cac:PostalAddress/cbc:${f}`)),
  ],
  [
    'BR-NL-4 buyer street, city and postcode',
    (d) =>
      text(d, `${BUYER}/cac:PostalAddress/cac:Country/cbc:IdentificationCode`) !== 'NL' ||
      ['StreetName', 'CityName', 'PostalZone'].every((f) => has(d, `${BUYER}/cac:PostalAddress/cbc:${f}`)),
  ],
  [
    'BR-NL-9 credit note refers to the invoice',
    (d) => !isCreditNote(d) || has(d, '/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID'),
  ],
  [
    'BR-NL-10 buyer KvK or OIN',
    (d) =>
      text(d, `${BUYER}/cac:PostalAddress/cac:Country/cbc:IdentificationCode`) !== 'NL' || dutchCompanyId(d, BUYER),
  ],
  [
    'BR-NL-11 payment means when payable',
    (d) =>
      amount(d, `${TOTAL}/cbc:PayableAmount`) <= 0 ||
      isCreditNote(d) ||
      has(d, '/*/cac:PaymentMeans/cbc:PaymentMeansCode'),
  ],
  [
    'BR-NL-12 payment means code',
    (d) =>
      texts(d, '/*/cac:PaymentMeans/cbc:PaymentMeansCode').every((code) =>
        ['30', '48', '49', '57', '58', '59'].includes(code),
      ),
  ],
  [
    'BR-61 account for a credit transfer',
    (d) =>
      (select('/*/cac:PaymentMeans', d as unknown as Node) as Node[]).every(
        (means) =>
          !['30', '58'].includes(text(means as unknown as Document, 'cbc:PaymentMeansCode')) ||
          has(means as unknown as Document, 'cac:PayeeFinancialAccount/cbc:ID'),
      ),
  ],
  ['PEPPOL-R020 seller electronic address', (d) => has(d, `${SELLER}/cbc:EndpointID`)],
  ['PEPPOL-R010 buyer electronic address', (d) => has(d, `${BUYER}/cbc:EndpointID`)],
  [
    'BR-O-2 no seller VAT number outside the scope of VAT',
    (d) => !lineCategories(d).includes('O') || !has(d, `${SELLER}/cac:PartyTaxScheme/cbc:CompanyID`),
  ],
  [
    'BR-O-5 no VAT rate outside the scope of VAT',
    (d) => !has(d, `(${LINES})/cac:Item/cac:ClassifiedTaxCategory[cbc:ID = 'O']/cbc:Percent`),
  ],
  [
    'BR-O-9 no VAT outside the scope of VAT',
    (d) => texts(d, `${breakdown('O')}/cbc:TaxAmount`).every((v) => Number(v) === 0),
  ],
  [
    'BR-O-10 reason outside the scope of VAT',
    (d) =>
      (select(breakdown('O'), d as unknown as Node) as Node[]).every(
        (node) =>
          has(node as unknown as Document, 'cac:TaxCategory/cbc:TaxExemptionReason') ||
          has(node as unknown as Document, 'cac:TaxCategory/cbc:TaxExemptionReasonCode'),
      ),
  ],
  [
    'BR-O-11 no other VAT categories beside O',
    (d) => !breakdownCategories(d).includes('O') || breakdownCategories(d).every((c) => c === 'O'),
  ],
  [
    'BR-E-2 seller VAT number when exempt',
    (d) => !lineCategories(d).includes('E') || has(d, `${SELLER}/cac:PartyTaxScheme/cbc:CompanyID`),
  ],
  [
    'BR-E-5 VAT rate 0 when exempt',
    (d) =>
      texts(d, `(${LINES})/cac:Item/cac:ClassifiedTaxCategory[cbc:ID = 'E']/cbc:Percent`).every((v) => Number(v) === 0),
  ],
  ['BR-E-9 no VAT when exempt', (d) => texts(d, `${breakdown('E')}/cbc:TaxAmount`).every((v) => Number(v) === 0)],
  [
    'BR-E-10 reason for the exemption',
    (d) =>
      (select(breakdown('E'), d as unknown as Node) as Node[]).every(
        (node) =>
          has(node as unknown as Document, 'cac:TaxCategory/cbc:TaxExemptionReason') ||
          has(node as unknown as Document, 'cac:TaxCategory/cbc:TaxExemptionReasonCode'),
      ),
  ],
  [
    'BR-CO-18 one VAT breakdown per line category',
    (d) => lineCategories(d).every((c) => breakdownCategories(d).includes(c)),
  ],
];

export const RULE_IDS = RULES.map(([id]) => id);

/** The rules the document breaks, by their id and name; empty when it passes. */
export function nlciusErrors(xml: string): string[] {
  const doc = parseUbl(xml);
  return RULES.filter(([, holds]) => !holds(doc)).map(([id]) => id);
}
