import { VAT_CATEGORY_LABELS } from '../../domain/invoicing/organisation';
import { TEMPLATE_LABELS } from '../../domain/invoicing/schedule';
import { CONTRACT_KIND_LABELS } from '../contracts';
import { INVOICE_KIND_LABELS, INVOICE_STATUS_LABELS, PAYMENT_STATE_LABELS } from '../invoices';
import { choice, date, hidden, money, number, note, text, type HistoryFields } from './field';

export const CONTRACT_HISTORY = {
  municipalityName: text('Gemeente'),
  kind: choice('Soort', CONTRACT_KIND_LABELS),
  description: text('Omschrijving'),
  startDate: date('Begindatum'),
  endDate: date('Einddatum'),
  amountCents: money('Bedrag'),
  targetMatchesPerYear: number('Doel nieuwe koppelingen per jaar'),
  coordinatorHoursPerWeek: number('Coördinatoruren per week'),
  billingName: text('Naam voor de factuur'),
  billingDepartment: text('Afdeling'),
  billingContact: text('Contactpersoon'),
  billingStreet: text('Adres'),
  billingPostcode: text('Postcode'),
  billingCity: text('Plaats'),
  billingEmail: text('E-mail voor facturen'),
  buyerReference: text('Kenmerk van de gemeente'),
  purchaseOrderNumber: text('Inkoopordernummer'),
  buyerOin: text('OIN'),
  buyerKvk: text('KvK-nummer'),
  paymentTermDays: number('Betaaltermijn (dagen)'),
  scheduleTemplate: choice('Schema', TEMPLATE_LABELS),
  partsPerYear: number('Delen per jaar'),
  notes: note('Notities'),
  instalments: text('Termijnen'),
} satisfies HistoryFields;

export const INVOICE_HISTORY = {
  kind: choice('Soort', INVOICE_KIND_LABELS),
  status: choice('Status', INVOICE_STATUS_LABELS),
  number: text('Nummer'),
  contractId: hidden,
  contractDescription: text('Opdracht'),
  municipalityId: hidden,
  municipalityName: text('Gemeente'),
  instalmentLabel: text('Termijn'),
  invoiceDate: date('Factuurdatum'),
  dueDate: date('Vervaldatum'),
  description: text('Omschrijving'),
  purchaseOrderNumber: text('Inkoopordernummer'),
  amountCents: money('Bedrag'),
  paidCents: money('Betaald'),
  openCents: money('Open'),
  paymentState: choice('Betaalstatus', PAYMENT_STATE_LABELS),
  sentDate: date('Verzonden op'),
  reminderDate: date('Herinnering op'),
  payments: text('Betalingen'),
  creditInvoice: text('Creditfactuur'),
} satisfies HistoryFields;

export const ORGANISATION_HISTORY = {
  name: text('Naam'),
  street: text('Adres'),
  postcode: text('Postcode'),
  city: text('Plaats'),
  email: text('E-mail'),
  phone: text('Telefoon'),
  website: text('Website'),
  kvkNumber: text('KvK-nummer'),
  iban: text('IBAN'),
  bic: text('BIC'),
  vatCategory: choice('Btw', VAT_CATEGORY_LABELS),
  vatNumber: text('Btw-nummer'),
  vatExemptionText: text('Tekst over de btw op de factuur'),
  logo: text('Logo'),
} satisfies HistoryFields;
