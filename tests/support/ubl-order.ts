import type { Document, Element } from '@xmldom/xmldom';
import { parseUbl } from './nlcius';

/**
 * The element order of the UBL 2.1 schema for the parts an invoice of ours uses, written out from
 * the schema's sequences (UBL-Invoice-2.1.xsd, UBL-CreditNote-2.1.xsd and the common aggregates).
 * It stands in for `xmllint --schema` where the schema files are not at hand.
 */
const HEAD = ['UBLExtensions', 'UBLVersionID', 'CustomizationID', 'ProfileID', 'ProfileExecutionID', 'ID', 'CopyIndicator', 'UUID', 'IssueDate', 'IssueTime'];
const CURRENCIES = ['DocumentCurrencyCode', 'TaxCurrencyCode', 'PricingCurrencyCode', 'PaymentCurrencyCode', 'PaymentAlternativeCurrencyCode',
  'AccountingCostCode', 'AccountingCost', 'LineCountNumeric', 'BuyerReference', 'InvoicePeriod'];
const PARTIES = ['Signature', 'AccountingSupplierParty', 'AccountingCustomerParty', 'PayeeParty', 'BuyerCustomerParty', 'SellerSupplierParty',
  'TaxRepresentativeParty', 'Delivery', 'DeliveryTerms', 'PaymentMeans', 'PaymentTerms'];

const SEQUENCES: Record<string, string[]> = {
  Invoice: [...HEAD, 'DueDate', 'InvoiceTypeCode', 'Note', 'TaxPointDate', ...CURRENCIES, 'OrderReference', 'BillingReference',
    'DespatchDocumentReference', 'ReceiptDocumentReference', 'StatementDocumentReference', 'OriginatorDocumentReference',
    'ContractDocumentReference', 'AdditionalDocumentReference', 'ProjectReference', ...PARTIES, 'PrepaidPayment', 'AllowanceCharge',
    'TaxExchangeRate', 'PricingExchangeRate', 'PaymentExchangeRate', 'PaymentAlternativeExchangeRate', 'TaxTotal', 'WithholdingTaxTotal',
    'LegalMonetaryTotal', 'InvoiceLine'],
  CreditNote: [...HEAD, 'TaxPointDate', 'CreditNoteTypeCode', 'Note', ...CURRENCIES, 'DiscrepancyResponse', 'OrderReference',
    'BillingReference', 'DespatchDocumentReference', 'ReceiptDocumentReference', 'ContractDocumentReference', 'AdditionalDocumentReference',
    'StatementDocumentReference', 'OriginatorDocumentReference', ...PARTIES, 'TaxExchangeRate', 'PricingExchangeRate', 'PaymentExchangeRate',
    'PaymentAlternativeExchangeRate', 'AllowanceCharge', 'TaxTotal', 'LegalMonetaryTotal', 'CreditNoteLine'],
  InvoicePeriod: ['StartDate', 'StartTime', 'EndDate', 'EndTime', 'DurationMeasure', 'DescriptionCode', 'Description'],
  BillingReference: ['InvoiceDocumentReference', 'SelfBilledInvoiceDocumentReference', 'CreditNoteDocumentReference'],
  InvoiceDocumentReference: ['ID', 'CopyIndicator', 'UUID', 'IssueDate', 'IssueTime', 'DocumentTypeCode', 'DocumentType'],
  AccountingSupplierParty: ['CustomerAssignedAccountID', 'AdditionalAccountID', 'DataSendingCapability', 'Party'],
  AccountingCustomerParty: ['CustomerAssignedAccountID', 'SupplierAssignedAccountID', 'AdditionalAccountID', 'Party'],
  Party: ['MarkCareIndicator', 'MarkAttentionIndicator', 'WebsiteURI', 'LogoReferenceID', 'EndpointID', 'IndustryClassificationCode',
    'PartyIdentification', 'PartyName', 'Language', 'PostalAddress', 'PhysicalLocation', 'PartyTaxScheme', 'PartyLegalEntity', 'Contact'],
  PartyName: ['Name'],
  PostalAddress: ['ID', 'AddressTypeCode', 'AddressFormatCode', 'Postbox', 'Floor', 'Room', 'StreetName', 'AdditionalStreetName',
    'BlockName', 'BuildingName', 'BuildingNumber', 'InhouseMail', 'Department', 'MarkAttention', 'MarkCare', 'PlotIdentification',
    'CitySubdivisionName', 'CityName', 'PostalZone', 'CountrySubentity', 'CountrySubentityCode', 'Region', 'District', 'TimezoneOffset',
    'AddressLine', 'Country'],
  Country: ['IdentificationCode', 'Name'],
  PartyTaxScheme: ['RegistrationName', 'CompanyID', 'TaxLevelCode', 'ExemptionReasonCode', 'ExemptionReason', 'RegistrationAddress', 'TaxScheme'],
  PartyLegalEntity: ['RegistrationName', 'CompanyID', 'RegistrationDate', 'RegistrationExpirationDate', 'CompanyLegalFormCode', 'CompanyLegalForm'],
  Contact: ['ID', 'Name', 'Telephone', 'Telefax', 'ElectronicMail', 'Note'],
  PaymentMeans: ['ID', 'PaymentMeansCode', 'PaymentDueDate', 'PaymentChannelCode', 'InstructionID', 'InstructionNote', 'PaymentID',
    'CardAccount', 'PayerFinancialAccount', 'PayeeFinancialAccount'],
  PayeeFinancialAccount: ['ID', 'Name', 'AliasName', 'AccountTypeCode', 'AccountFormatCode', 'CurrencyCode', 'PaymentNote', 'FinancialInstitutionBranch'],
  FinancialInstitutionBranch: ['ID', 'Name'],
  PaymentTerms: ['ID', 'PaymentMeansID', 'PrepaidPaymentReferenceID', 'Note'],
  TaxTotal: ['TaxAmount', 'RoundingAmount', 'TaxEvidenceIndicator', 'TaxIncludedIndicator', 'TaxSubtotal'],
  TaxSubtotal: ['TaxableAmount', 'TaxAmount', 'CalculationSequenceNumeric', 'TransactionCurrencyTaxAmount', 'Percent', 'BaseUnitMeasure',
    'PerUnitAmount', 'TierRange', 'TierRatePercent', 'TaxCategory'],
  TaxCategory: ['ID', 'Name', 'Percent', 'BaseUnitMeasure', 'PerUnitAmount', 'TaxExemptionReasonCode', 'TaxExemptionReason', 'TierRange',
    'TierRatePercent', 'TaxScheme'],
  TaxScheme: ['ID', 'Name', 'TaxTypeCode', 'CurrencyCode'],
  LegalMonetaryTotal: ['LineExtensionAmount', 'TaxExclusiveAmount', 'TaxInclusiveAmount', 'AllowanceTotalAmount', 'ChargeTotalAmount',
    'PrepaidAmount', 'PayableRoundingAmount', 'PayableAmount', 'PayableAlternativeAmount'],
  InvoiceLine: ['ID', 'UUID', 'Note', 'InvoicedQuantity', 'LineExtensionAmount', 'TaxPointDate', 'AccountingCostCode', 'AccountingCost',
    'PaymentPurposeCode', 'FreeOfChargeIndicator', 'InvoicePeriod', 'OrderLineReference', 'DespatchLineReference', 'ReceiptLineReference',
    'BillingReference', 'DocumentReference', 'PricingReference', 'OriginatorParty', 'Delivery', 'PaymentTerms', 'AllowanceCharge',
    'TaxTotal', 'WithholdingTaxTotal', 'Item', 'Price'],
  CreditNoteLine: ['ID', 'UUID', 'Note', 'CreditedQuantity', 'LineExtensionAmount', 'TaxPointDate', 'AccountingCostCode', 'AccountingCost',
    'PaymentPurposeCode', 'FreeOfChargeIndicator', 'InvoicePeriod', 'OrderLineReference', 'DiscrepancyResponse', 'DespatchLineReference',
    'ReceiptLineReference', 'BillingReference', 'DocumentReference', 'PricingReference', 'OriginatorParty', 'Delivery', 'TaxTotal',
    'AllowanceCharge', 'Item', 'Price'],
  Item: ['Description', 'PackQuantity', 'PackSizeNumeric', 'CatalogueIndicator', 'Name', 'HazardousRiskIndicator', 'AdditionalInformation',
    'Keyword', 'BrandName', 'ModelName', 'BuyersItemIdentification', 'SellersItemIdentification', 'ManufacturersItemIdentification',
    'StandardItemIdentification', 'CatalogueItemIdentification', 'AdditionalItemIdentification', 'CatalogueDocumentReference',
    'ItemSpecificationDocumentReference', 'OriginCountry', 'CommodityClassification', 'TransactionConditions', 'HazardousItem',
    'ClassifiedTaxCategory', 'AdditionalItemProperty'],
  Price: ['PriceAmount', 'BaseQuantity', 'PriceChangeReason', 'PriceTypeCode', 'PriceType', 'OrderableUnitFactorRate', 'ValidityPeriod',
    'PriceList', 'AllowanceCharge', 'PricingExchangeRate'],
};
SEQUENCES.ClassifiedTaxCategory = SEQUENCES.TaxCategory;

const NAMESPACE_OF_PREFIX: Record<string, string> = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

/** Elements out of the schema's order, unknown where we know the parent, or in the wrong namespace. */
export function orderErrors(xml: string): string[] {
  const doc: Document = parseUbl(xml);
  const errors: string[] = [];
  const visit = (element: Element) => {
    const children = Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);
    const sequence = SEQUENCES[element.localName ?? ''];
    let position = -1;
    for (const child of children) {
      const prefix = child.prefix ?? '';
      const isAggregate = children.length > 0 && (child.childNodes.length > 1 || Array.from(child.childNodes).some((n) => n.nodeType === 1));
      if (child.namespaceURI !== NAMESPACE_OF_PREFIX[isAggregate ? 'cac' : 'cbc']) errors.push(`${child.tagName}: wrong namespace (${prefix})`);
      if (sequence) {
        const index = sequence.indexOf(child.localName ?? '');
        if (index === -1) errors.push(`${element.localName}/${child.localName}: not allowed here`);
        else if (index < position) errors.push(`${element.localName}/${child.localName}: out of order`);
        else position = index;
      }
      visit(child);
    }
  };
  visit(doc.documentElement!);
  return errors;
}
