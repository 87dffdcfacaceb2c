import { el, serializeXml, type XmlElement } from '../documents/xml';
import type { InvoiceDocument, IssuedDetails } from './document';

/**
 * An invoice as UBL 2.1 following SI-UBL 2.0 (NLCIUS), the e-invoice municipalities receive via
 * Peppol: an Invoice (380), or a CreditNote (381) that refers to the invoice it credits. A credit
 * note states its amounts as positive numbers: the document type says they are owed back.
 */
const CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0';
const PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

const NAMESPACES = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

/** Peppol's codes for Dutch identifiers: KvK number and government OIN. */
const SCHEME = { kvk: '0106', oin: '0190' };

export function invoiceUbl(invoice: InvoiceDocument): string {
  if (invoice.number === null) throw new Error('a concept has no e-invoice');
  const credit = invoice.kind === 'credit';
  const root = credit ? 'CreditNote' : 'Invoice';
  const amount = money(Math.abs(invoice.amountCents));
  const payable = !credit;
  return serializeXml(
    el(
      root,
      [
        el('cbc:CustomizationID', CUSTOMIZATION_ID),
        el('cbc:ProfileID', PROFILE_ID),
        el('cbc:ID', invoice.number),
        el('cbc:IssueDate', invoice.invoiceDate),
        !credit && el('cbc:DueDate', invoice.dueDate),
        el(credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', credit ? '381' : '380'),
        el('cbc:Note', invoice.seller.vatExemptionText),
        el('cbc:DocumentCurrencyCode', 'EUR'),
        invoice.buyer.reference && el('cbc:BuyerReference', invoice.buyer.reference),
        el('cac:InvoicePeriod', [
          el('cbc:StartDate', invoice.period.startDate),
          el('cbc:EndDate', invoice.period.endDate),
        ]),
        invoice.purchaseOrderNumber && el('cac:OrderReference', [el('cbc:ID', invoice.purchaseOrderNumber)]),
        // The number alone: SI-UBL advises against the credited invoice's date (BR-NL-24).
        invoice.credited &&
          el('cac:BillingReference', [el('cac:InvoiceDocumentReference', [el('cbc:ID', invoice.credited.number)])]),
        el('cac:AccountingSupplierParty', [supplierParty(invoice.seller)]),
        el('cac:AccountingCustomerParty', [customerParty(invoice.buyer)]),
        payable && paymentMeans(invoice),
        payable &&
          el('cac:PaymentTerms', [el('cbc:Note', `Betaling binnen ${invoice.paymentTermDays} dagen na factuurdatum`)]),
        el('cac:TaxTotal', [
          el('cbc:TaxAmount', '0.00', EUR),
          el('cac:TaxSubtotal', [
            el('cbc:TaxableAmount', amount, EUR),
            el('cbc:TaxAmount', '0.00', EUR),
            taxCategory('cac:TaxCategory', invoice.seller, true),
          ]),
        ]),
        el('cac:LegalMonetaryTotal', [
          el('cbc:LineExtensionAmount', amount, EUR),
          el('cbc:TaxExclusiveAmount', amount, EUR),
          el('cbc:TaxInclusiveAmount', amount, EUR),
          el('cbc:PayableAmount', amount, EUR),
        ]),
        el(credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine', [
          el('cbc:ID', '1'),
          el(credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', '1', { unitCode: 'C62' }),
          el('cbc:LineExtensionAmount', amount, EUR),
          el('cac:Item', [
            el('cbc:Name', invoice.description),
            taxCategory('cac:ClassifiedTaxCategory', invoice.seller, false),
          ]),
          el('cac:Price', [el('cbc:PriceAmount', amount, EUR)]),
        ]),
      ],
      {
        xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${root}-2`,
        'xmlns:cac': NAMESPACES.cac,
        'xmlns:cbc': NAMESPACES.cbc,
      },
    ),
  );
}

export function ublFileName(invoice: InvoiceDocument): string {
  return `${invoice.kind === 'credit' ? 'creditfactuur' : 'factuur'}-${invoice.number}.xml`;
}

const EUR = { currencyID: 'EUR' };

function money(cents: number): string {
  return (cents / 100).toFixed(2);
}

function supplierParty(seller: IssuedDetails['seller']): XmlElement {
  return el('cac:Party', [
    el('cbc:EndpointID', seller.kvkNumber ?? '', { schemeID: SCHEME.kvk }),
    el('cac:PartyName', [el('cbc:Name', seller.name)]),
    address(seller.street ?? '', seller.city ?? '', seller.postcode ?? ''),
    seller.vatCategory === 'E' &&
      seller.vatNumber &&
      el('cac:PartyTaxScheme', [el('cbc:CompanyID', seller.vatNumber), vatScheme()]),
    el('cac:PartyLegalEntity', [
      el('cbc:RegistrationName', seller.name),
      el('cbc:CompanyID', seller.kvkNumber ?? '', { schemeID: SCHEME.kvk }),
    ]),
    (seller.email || seller.phone) &&
      el('cac:Contact', [
        seller.phone && el('cbc:Telephone', seller.phone),
        seller.email && el('cbc:ElectronicMail', seller.email),
      ]),
  ]);
}

function customerParty(buyer: IssuedDetails['buyer']): XmlElement {
  const id = buyer.oin ? { value: buyer.oin, scheme: SCHEME.oin } : { value: buyer.kvk ?? '', scheme: SCHEME.kvk };
  return el('cac:Party', [
    el('cbc:EndpointID', id.value, { schemeID: id.scheme }),
    el('cac:PartyName', [el('cbc:Name', buyer.name)]),
    address(buyer.street, buyer.city, buyer.postcode, buyer.department),
    el('cac:PartyLegalEntity', [
      el('cbc:RegistrationName', buyer.name),
      el('cbc:CompanyID', id.value, { schemeID: id.scheme }),
    ]),
    (buyer.contact || buyer.email) &&
      el('cac:Contact', [
        buyer.contact && el('cbc:Name', buyer.contact),
        buyer.email && el('cbc:ElectronicMail', buyer.email),
      ]),
  ]);
}

function address(street: string, city: string, postcode: string, department?: string | null): XmlElement {
  return el('cac:PostalAddress', [
    el('cbc:StreetName', street),
    department && el('cbc:AdditionalStreetName', department),
    el('cbc:CityName', city),
    el('cbc:PostalZone', postcode),
    el('cac:Country', [el('cbc:IdentificationCode', 'NL')]),
  ]);
}

/**
 * A SEPA credit transfer to the IBAN alone: SI-UBL advises against the code's name, the account's
 * name and the BIC (BR-NL-29, 30 and 31); the PDF still shows them.
 */
function paymentMeans(invoice: InvoiceDocument): XmlElement {
  return el('cac:PaymentMeans', [
    el('cbc:PaymentMeansCode', '58'),
    el('cbc:PaymentID', invoice.number ?? ''),
    el('cac:PayeeFinancialAccount', [el('cbc:ID', invoice.seller.iban ?? '')]),
  ]);
}

/** Outside the scope of VAT (O) has no rate; exempt (E) has rate 0. Both give the reason in the breakdown. */
function taxCategory(name: string, seller: IssuedDetails['seller'], withReason: boolean): XmlElement {
  return el(name, [
    el('cbc:ID', seller.vatCategory),
    seller.vatCategory === 'E' && el('cbc:Percent', '0'),
    withReason && el('cbc:TaxExemptionReason', seller.vatExemptionText),
    vatScheme(),
  ]);
}

function vatScheme(): XmlElement {
  return el('cac:TaxScheme', [el('cbc:ID', 'VAT')]);
}
