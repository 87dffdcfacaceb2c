import type { ContractFormValues } from '../../shared/api/contracts';
import type { OrganisationFormValues } from '../../shared/api/organisation';

/** Buurtgezinnen's details as Instellingen holds them; numbers are valid examples, not real ones. */
export const organisationDetails: Omit<OrganisationFormValues, 'version'> = {
  name: 'Stichting Buurtgezinnen',
  street: 'Kruisweg 12',
  postcode: '2011 LA',
  city: 'Haarlem',
  email: 'backoffice@buurtgezinnen.nl',
  phone: '023 123 4567',
  website: 'www.buurtgezinnen.nl',
  kvkNumber: '41216593',
  iban: 'NL91 ABNA 0417 1643 00',
  bic: 'ABNANL2A',
  vatCategory: 'O',
  vatNumber: '',
  vatExemptionText: 'Over dit bedrag is de gemeente geen btw verschuldigd.',
  logoDataUrl: null,
};

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
      instalments: ['2024-10-01', '2025-03-01', '2025-10-01', '2026-03-01'].map((invoiceDate) => ({ invoiceDate, shareBasisPoints: 2500 })),
    },
    notes: '',
  };
}
