import type { InvoiceDocument } from '../../electron/services/invoicing/document';
import type { ContractFormValues } from '../../shared/api/contracts';
import type { MunicipalityFormValues } from '../../shared/api/municipalities';

/** Valkenburg's pilot from the domain brief: € 41.850 in four parts of 25 %. */
export function valkenburgContract(municipalityId: number): ContractFormValues {
  return {
    municipalityId,
    kind: 'proeftuin',
    description: 'Proeftuin Buurtgezinnen Valkenburg aan de Geul',
    startDate: '2024-10-01',
    endDate: '2026-09-30',
    amountCents: 4_185_000,
    targetMatchesPerYear: 5,
    coordinatorHoursPerWeek: 8,
    billingName: 'Gemeente Valkenburg aan de Geul',
    billingDepartment: 'Afdeling Sociaal Domein',
    billingContact: 'M. Janssen',
    billingStreet: 'Postbus 998',
    billingPostcode: '6300AZ',
    billingCity: 'Valkenburg',
    billingEmail: 'facturen@valkenburg.nl',
    buyerReference: 'INK-2024-0815',
    buyerOin: '00000001001234567000',
    buyerKvk: '',
    paymentTermDays: 30,
    schedule: {
      template: 'custom',
      partsPerYear: null,
      instalments: ['2024-10-01', '2025-03-01', '2025-10-01', '2026-03-01'].map((invoiceDate) => ({
        invoiceDate,
        shareBasisPoints: 2500,
      })),
    },
    notes: '',
  };
}

/** A final invoice as printed: the fourth instalment of Valkenburg's pilot. */
export function valkenburgInvoice(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return {
    kind: 'invoice',
    number: '2026-0007',
    invoiceDate: '2026-03-02',
    dueDate: '2026-04-01',
    description: 'Bijdrage Buurtgezinnen Valkenburg aan de Geul, termijn 4 van 4',
    amountCents: 1_046_250,
    seller: {
      name: 'Stichting Buurtgezinnen',
      street: 'Kruisweg 12',
      postcode: '2011 LA',
      city: 'Haarlem',
      email: 'backoffice@buurtgezinnen.nl',
      phone: '023 123 4567',
      website: 'www.buurtgezinnen.nl',
      kvkNumber: '41216593',
      iban: 'NL91ABNA0417164300',
      bic: 'ABNANL2A',
      vatCategory: 'O',
      vatNumber: null,
      vatExemptionText: 'Over dit bedrag is de gemeente geen btw verschuldigd.',
    },
    buyer: {
      name: 'Gemeente Valkenburg aan de Geul',
      department: 'Afdeling Sociaal Domein',
      contact: 'M. Janssen',
      street: 'Postbus 998',
      postcode: '6300 AZ',
      city: 'Valkenburg',
      email: 'facturen@valkenburg.nl',
      reference: 'INK-2024-0815',
      oin: '00000001001234567000',
      kvk: null,
    },
    contract: {
      description: 'Proeftuin Buurtgezinnen Valkenburg aan de Geul',
      startDate: '2024-10-01',
      endDate: '2026-09-30',
    },
    // The fourth quarter of the two years: 25 % of the contract.
    period: { startDate: '2026-04-01', endDate: '2026-09-30' },
    purchaseOrderNumber: null,
    paymentTermDays: 30,
    instalmentLabel: '4 van 4',
    credited: null,
    ...overrides,
  };
}

export function valkenburgCredit(): InvoiceDocument {
  return valkenburgInvoice({
    kind: 'credit',
    number: '2026-0008',
    invoiceDate: '2026-03-10',
    dueDate: '2026-03-10',
    amountCents: -1_046_250,
    description: 'Creditering van factuur 2026-0007',
    instalmentLabel: null,
    credited: { number: '2026-0007', invoiceDate: '2026-03-02' },
  });
}

/** A municipality with nothing but its name and province, as invoicing needs it. */
export function plainMunicipality(name: string, province: MunicipalityFormValues['province']): MunicipalityFormValues {
  return { name, province, email: '', phone: '', notes: '', coordinatorIds: [] };
}
