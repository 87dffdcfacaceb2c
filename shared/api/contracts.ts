import { z } from 'zod';
import { compact, isOin } from '../domain/invoicing/identifiers';
import { TEMPLATES, type ScheduleTemplate } from '../domain/invoicing/schedule';
import { FINANCE } from './access';
import { isoDate } from './dates';
import { id, optionalEmail, optionalText, postcodeField, requiredText, version } from './fields';
import { operation } from './operation';
import { kvkField } from './organisation';

export const CONTRACT_KINDS = ['proeftuin', 'structureel', 'subsidie'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export const CONTRACT_KIND_LABELS: Record<ContractKind, string> = {
  proeftuin: 'Proeftuin',
  structureel: 'Structureel',
  subsidie: 'Subsidie',
};

/** € 10 million: far above any contract, below where cents lose precision in sums. */
const MAX_AMOUNT_CENTS = 1_000_000_000;

const customInstalment = z.object({
  invoiceDate: isoDate('Factuurdatum'),
  shareBasisPoints: z.number({ error: 'Vul een percentage in.' }).int({ error: 'Gebruik hoogstens twee decimalen.' }),
});

const scheduleFields = z.object({
  template: z.enum(TEMPLATES, { error: 'Kies een schema.' }),
  partsPerYear: z
    .number()
    .int()
    .min(1, { error: 'Kies 1 tot en met 12 delen per jaar.' })
    .max(12, { error: 'Kies 1 tot en met 12 delen per jaar.' })
    .nullable(),
  instalments: z.array(customInstalment).max(60, { error: 'Gebruik hoogstens 60 termijnen.' }),
});

const optionalCount = (label: string, max: number) =>
  z
    .number()
    .int({ error: `${label}: vul een heel getal in.` })
    .min(0, { error: `${label} kan niet negatief zijn.` })
    .max(max, { error: `${label}: hoogstens ${max}.` })
    .nullable();

export const contractFields = z
  .object({
    municipalityId: id,
    kind: z.enum(CONTRACT_KINDS, { error: 'Kies de soort opdracht.' }),
    description: requiredText('Omschrijving', 200),
    startDate: isoDate('Begindatum'),
    endDate: isoDate('Einddatum'),
    amountCents: z
      .number({ error: 'Vul het bedrag van de opdracht in.' })
      .int({ error: 'Vul een bedrag in hele centen in.' })
      .min(1, { error: 'Het bedrag moet groter zijn dan € 0,00.' })
      .max(MAX_AMOUNT_CENTS, { error: 'Dit bedrag is onwaarschijnlijk hoog; kijk het na.' }),
    targetMatchesPerYear: optionalCount('Doel nieuwe koppelingen per jaar', 1000),
    coordinatorHoursPerWeek: z
      .number()
      .min(0, { error: 'Uren kunnen niet negatief zijn.' })
      .max(80, { error: 'Hoogstens 80 uur per week.' })
      .nullable(),
    billingName: requiredText('Naam voor de factuur', 150),
    billingDepartment: optionalText('Afdeling', 150),
    billingContact: optionalText('Contactpersoon', 100),
    billingStreet: requiredText('Adres', 100),
    billingPostcode: postcodeField,
    billingCity: requiredText('Plaats', 60),
    billingEmail: optionalEmail,
    buyerReference: requiredText('Kenmerk van de gemeente', 100),
    // Many municipalities work without purchase orders; a caller that knows none may leave it out.
    purchaseOrderNumber: optionalText('Inkoopordernummer', 50).default(null),
    buyerOin: z
      .string()
      .transform(compact)
      .refine((value) => value === '' || isOin(value), {
        error: 'Een OIN heeft 20 cijfers, bijvoorbeeld 00000001001234567000.',
      })
      .transform((value) => (value === '' ? null : value)),
    buyerKvk: kvkField,
    paymentTermDays: z
      .number({ error: 'Vul een betaaltermijn in.' })
      .int()
      .min(1, { error: 'Minstens 1 dag.' })
      .max(180, { error: 'Hoogstens 180 dagen.' }),
    schedule: scheduleFields,
    notes: optionalText('Notities', 2000, { multiline: true }),
  })
  .superRefine((value, ctx) => {
    if (value.startDate && value.endDate && value.endDate < value.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'De einddatum ligt vóór de begindatum.' });
    }
    if (!value.buyerOin && !value.buyerKvk) {
      ctx.addIssue({
        code: 'custom',
        path: ['buyerOin'],
        message: 'Vul het OIN of het KvK-nummer van de gemeente in: een e-factuur zonder wordt geweigerd.',
      });
    }
  });
export type ContractFormValues = z.input<typeof contractFields>;
export type ContractFields = z.output<typeof contractFields>;

const contractUpdate = contractFields.safeExtend({ id, version });
export type ContractUpdate = z.output<typeof contractUpdate>;

const contractPreview = contractFields.safeExtend({ id: id.optional() });
export type ContractPreviewInput = z.output<typeof contractPreview>;

export interface InstalmentDto {
  sequence: number;
  invoiceDate: string;
  shareBasisPoints: number;
  amountCents: number;
  /** The invoice that bills it; such an instalment never changes. */
  invoice: { id: number; number: string | null; status: 'concept' | 'final' } | null;
}

export interface InstalmentChange {
  sequence: number;
  before: { invoiceDate: string; amountCents: number } | null;
  after: { invoiceDate: string; amountCents: number } | null;
}

export interface ContractPreviewDto {
  instalments: InstalmentDto[];
  /** Against the stored schedule; empty for a new contract. */
  changes: InstalmentChange[];
}

/** A contract's stored terms, as the form sets them (the schedule as template and parts). */
export interface ContractTerms {
  municipalityId: number;
  kind: ContractKind;
  description: string;
  startDate: string;
  endDate: string;
  amountCents: number;
  targetMatchesPerYear: number | null;
  coordinatorHoursPerWeek: number | null;
  billingName: string;
  billingDepartment: string | null;
  billingContact: string | null;
  billingStreet: string;
  billingPostcode: string;
  billingCity: string;
  billingEmail: string | null;
  buyerReference: string | null;
  /** The municipality's purchase order; copied onto each invoice made from the contract. */
  purchaseOrderNumber: string | null;
  buyerOin: string | null;
  buyerKvk: string | null;
  paymentTermDays: number;
  scheduleTemplate: ScheduleTemplate;
  partsPerYear: number | null;
  notes: string | null;
}

export interface ContractDto extends ContractTerms {
  id: number;
  municipalityName: string;
  instalments: InstalmentDto[];
  invoicedCents: number;
  version: number;
}

const contractList = z.object({ municipalityId: id.nullable().default(null) });

const CONTRACT_READS = ['contract', 'instalment', 'invoice', 'municipality'] as const;

export const contractOperations = {
  // A contract shows its instalments and the invoices that bill them.
  'contracts.list': operation<ContractDto[]>()(contractList, { roles: FINANCE, reads: CONTRACT_READS }),
  'contracts.get': operation<ContractDto>()(z.object({ id }), { roles: FINANCE, reads: CONTRACT_READS }),
  'contracts.preview': operation<ContractPreviewDto>()(contractPreview, { roles: FINANCE, reads: [] }),
  'contracts.create': operation<ContractDto>()(contractFields, { roles: FINANCE, changes: ['contract', 'instalment'] }),
  'contracts.update': operation<ContractDto>()(contractUpdate, { roles: FINANCE, changes: ['contract', 'instalment'] }),
};
