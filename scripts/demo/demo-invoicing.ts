import type { Dispatch } from '../../electron/main/ipc/dispatch';
import type { DueInstalmentDto, InvoiceDto } from '../../shared/api/invoices';
import { addDays } from '../../shared/domain/dates';
import { organisationDetails, type seededRandom } from './data';

async function must<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const response = await dispatch(name, input);
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
  return response.data as T;
}

const SCHEDULES = [
  { template: 'jan-jul', partsPerYear: null, instalments: [] },
  { template: 'apr-sep', partsPerYear: null, instalments: [] },
  { template: 'equal-per-year', partsPerYear: 4, instalments: [] },
] as const;

/**
 * Buurtgezinnen's details, a five-year contract per municipality (2023–2027) and the invoices of
 * every instalment due by today: final, dated on the instalment, paid when older than two months.
 */
export async function seedDemoInvoicing(
  dispatch: Dispatch,
  municipalities: { id: number; name: string; postcode: string }[],
  today: string,
  random: ReturnType<typeof seededRandom>,
): Promise<void> {
  const { version } = await must<{ version: number }>(dispatch, 'organisation.get', {});
  await must(dispatch, 'organisation.update', { ...organisationDetails, version });
  for (const [index, municipality] of municipalities.entries()) {
    const slug = municipality.name.toLowerCase().replace(/[^a-z]+/g, '');
    await must(dispatch, 'contracts.create', {
      municipalityId: municipality.id,
      kind: 'structureel',
      description: `Buurtgezinnen ${municipality.name} 2023–2027`,
      startDate: '2023-01-01',
      endDate: '2027-12-31',
      amountCents: (30_000 + Math.floor(random.next() * 60) * 1_000) * 5 * 100,
      targetMatchesPerYear: 4 + Math.floor(random.next() * 10),
      coordinatorHoursPerWeek: 8 + Math.floor(random.next() * 4) * 4,
      billingName: `Gemeente ${municipality.name}`,
      billingDepartment: 'Sociaal Domein',
      billingContact: '',
      billingStreet: `Postbus ${100 + index}`,
      billingPostcode: `${municipality.postcode.padStart(4, '1')} AA`,
      billingCity: municipality.name,
      billingEmail: `facturen@${slug}.nl`,
      buyerReference: `INK-2023-${String(index + 1).padStart(4, '0')}`,
      buyerOin: `000000010${String(1_000_000_000 + index * 7919).padStart(11, '0')}`,
      buyerKvk: '',
      paymentTermDays: 30,
      schedule: SCHEDULES[index % SCHEDULES.length],
      notes: '',
    });
  }
  const ids: number[] = [];
  for (const instalment of await must<DueInstalmentDto[]>(dispatch, 'instalments.due', { until: today })) {
    const { ids: [id] } = await must<{ ids: number[] }>(dispatch, 'invoices.createFromInstalments', { instalmentIds: [instalment.id] });
    const concept = await must<InvoiceDto>(dispatch, 'invoices.get', { id });
    await must(dispatch, 'invoices.updateConcept', { id, version: concept.version, invoiceDate: instalment.invoiceDate, description: concept.description });
    ids.push(id);
  }
  await must(dispatch, 'invoices.finalize', { ids });
  for (const id of ids) {
    const invoice = await must<InvoiceDto>(dispatch, 'invoices.get', { id });
    const paidOn = addDays(invoice.invoiceDate, 20 + Math.floor(random.next() * 30));
    if (paidOn < addDays(today, -60)) {
      await must(dispatch, 'invoices.addPayment', { id, version: invoice.version, paidOn, amountCents: invoice.amountCents });
    }
  }
}
