import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { organisationDetails } from '../../scripts/demo/data';
import type { ContractDto, ContractPreviewDto } from '../../shared/api/contracts';
import type { DueInstalmentDto, FileDto, InvoiceDto, OverviewRowDto } from '../../shared/api/invoices';
import type { MunicipalityDto } from '../../shared/api/municipalities';
import type { OrganisationDto } from '../../shared/api/organisation';
import { valkenburgContract, plainMunicipality } from '../support/invoicing';
import { nlciusErrors } from '../support/nlcius';
import { scenario } from '../support/scenario';

const s = scenario('2024-10-05T09:00:00Z');
const { call, refusal } = s;

async function completeOrganisation(): Promise<void> {
  const current = await call<OrganisationDto>('organisation.get', {});
  await call('organisation.update', { ...organisationDetails, version: current.version });
}

async function valkenburg(): Promise<ContractDto> {
  const municipality = await call<MunicipalityDto>(
    'municipalities.create',
    plainMunicipality('Valkenburg aan de Geul', 'Limburg'),
  );
  return call<ContractDto>('contracts.create', valkenburgContract(municipality.id));
}

async function invoiceFirstInstalment(): Promise<InvoiceDto> {
  const [due] = await call<DueInstalmentDto[]>('instalments.due', { until: '2024-10-31' });
  const { ids } = await call<{ ids: number[] }>('invoices.createFromInstalments', { instalmentIds: [due.id] });
  return call<InvoiceDto>('invoices.get', { id: ids[0] });
}

function pdfText(file: FileDto): string {
  const pdf = path.join(s.db.folder, file.fileName);
  fs.writeFileSync(pdf, Buffer.from(file.content, 'base64'));
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

describe('contracts and their schedule', () => {
  it("splits Valkenburg's € 41.850 into four instalments of € 10.462,50 on the chosen dates", async () => {
    const contract = await valkenburg();
    expect(contract.instalments.map((i) => [i.sequence, i.invoiceDate, i.amountCents, i.shareBasisPoints])).toEqual([
      [1, '2024-10-01', 1_046_250, 2500],
      [2, '2025-03-01', 1_046_250, 2500],
      [3, '2025-10-01', 1_046_250, 2500],
      [4, '2026-03-01', 1_046_250, 2500],
    ]);
  });

  it("refuses shares that do not make 100 % at the schedule, and a contract without the municipality's OIN or KvK", async () => {
    const municipality = await call<MunicipalityDto>('municipalities.create', {
      name: 'Heemstede',
      province: null,
      email: '',
      phone: '',
      notes: '',
      coordinatorIds: [],
    });
    const input = valkenburgContract(municipality.id);
    input.schedule.instalments[3].shareBasisPoints = 2400;
    const shares = await refusal('contracts.create', input);
    expect(shares.issues).toEqual([{ path: 'schedule', message: 'De delen tellen op tot 99 % in plaats van 100 %.' }]);
    const noId = await refusal('contracts.create', {
      ...valkenburgContract(municipality.id),
      buyerOin: '',
      buyerKvk: '',
    });
    expect(noId.issues[0]).toMatchObject({
      path: 'buyerOin',
      message: expect.stringContaining('OIN of het KvK-nummer'),
    });
    expect(await call<ContractDto[]>('contracts.list', { municipalityId: null })).toEqual([]);
  });

  it('keeps invoiced instalments when the contract changes, and shows the difference first', async () => {
    const contract = await valkenburg();
    await invoiceFirstInstalment();
    const changed = { ...valkenburgContract(contract.municipalityId), amountCents: 4_200_000, id: contract.id };
    const preview = await call<ContractPreviewDto>('contracts.preview', changed);
    expect(preview.instalments.map((i) => i.amountCents)).toEqual([1_046_250, 1_051_250, 1_051_250, 1_051_250]);
    expect(preview.instalments[0].invoice).toMatchObject({ status: 'concept' });
    expect(preview.changes.map((c) => [c.sequence, c.before?.amountCents, c.after?.amountCents])).toEqual([
      [2, 1_046_250, 1_051_250],
      [3, 1_046_250, 1_051_250],
      [4, 1_046_250, 1_051_250],
    ]);
    const saved = await call<ContractDto>('contracts.update', { ...changed, version: contract.version });
    expect(saved.instalments.map((i) => i.amountCents)).toEqual([1_046_250, 1_051_250, 1_051_250, 1_051_250]);
    expect(saved.instalments[0].invoice).not.toBeNull();
    const tooLow = await refusal('contracts.update', { ...changed, amountCents: 1_000_000, version: saved.version });
    expect(tooLow.issues[0].message).toContain('al € 10.462,50 gefactureerd');
  });
});

describe('invoices from concept to paid', () => {
  it("will not make an invoice final while the foundation's details are incomplete", async () => {
    await valkenburg();
    const concept = await invoiceFirstInstalment();
    const error = await refusal('invoices.finalize', { ids: [concept.id] });
    expect(error.message).toContain('het kvk-nummer ontbreekt');
    expect((await call<InvoiceDto>('invoices.get', { id: concept.id })).status).toBe('concept');
  });

  it('numbers, prints, refuses to edit a final invoice, takes payments and reminds', async () => {
    await completeOrganisation();
    await valkenburg();
    const concept = await invoiceFirstInstalment();
    expect(concept).toMatchObject({
      status: 'concept',
      number: null,
      amountCents: 1_046_250,
      instalmentLabel: '1 van 4',
      dueDate: '2024-11-04',
    });
    await call('invoices.finalize', { ids: [concept.id] });
    const final = await call<InvoiceDto>('invoices.get', { id: concept.id });
    expect(final).toMatchObject({ status: 'final', number: '2024-0001', paymentState: 'open', openCents: 1_046_250 });
    expect(await call<DueInstalmentDto[]>('instalments.due', { until: '2024-10-31' })).toEqual([]);

    const edit = await refusal('invoices.updateConcept', {
      id: final.id,
      version: final.version,
      invoiceDate: '2024-10-06',
      description: 'Anders',
    });
    expect(edit).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('is definitief en kan niet meer worden gewijzigd'),
    });
    expect((await refusal('invoices.deleteConcept', { id: final.id, version: final.version })).code).toBe('FORBIDDEN');

    const text = pdfText(await call<FileDto>('invoices.pdf', { id: final.id }));
    for (const expected of [
      'FACTUUR',
      '2024-0001',
      '€ 10.462,50',
      'Over dit bedrag is de gemeente geen btw verschuldigd.',
      'Gemeente Valkenburg aan de Geul',
      'INK-2024-0815',
      'termijn 1 van 4',
      'NL91 ABNA 0417 1643 00',
      '4 november 2024',
      'KvK 41216593',
    ]) {
      expect(text).toContain(expected);
    }
    const ubl = await call<FileDto>('invoices.ubl', { id: final.id });
    expect(ubl.fileName).toBe('factuur-2024-0001.xml');
    expect(nlciusErrors(ubl.content)).toEqual([]);
    expect(ubl.content).toContain('<cbc:PayableAmount currencyID="EUR">10462.50</cbc:PayableAmount>');

    const partly = await call<InvoiceDto>('invoices.addPayment', {
      id: final.id,
      version: final.version,
      paidOn: '2024-10-20',
      amountCents: 500_000,
    });
    expect(partly).toMatchObject({ paymentState: 'partly-paid', paidCents: 500_000, openCents: 546_250 });
    const over = await refusal('invoices.addPayment', {
      id: final.id,
      version: partly.version,
      paidOn: '2024-10-21',
      amountCents: 600_000,
    });
    expect(over.issues).toEqual([
      { path: 'amountCents', message: 'Het bedrag is hoger dan wat nog openstaat (€ 5.462,50).' },
    ]);

    s.setNow('2024-11-10T09:00:00Z');
    const overdue = await call<InvoiceDto>('invoices.get', { id: final.id });
    expect(overdue.paymentState).toBe('overdue');
    const reminder = pdfText(await call<FileDto>('invoices.reminder', { id: final.id, version: overdue.version }));
    expect(reminder).toContain('herinnering factuur 2024-0001');
    expect(reminder).toContain('€ 5.462,50');
    const reminded = await call<InvoiceDto>('invoices.get', { id: final.id });
    expect(reminded.reminderDate).toBe('2024-11-10');

    const paid = await call<InvoiceDto>('invoices.addPayment', {
      id: final.id,
      version: reminded.version,
      paidOn: '2024-11-12',
      amountCents: 546_250,
    });
    expect(paid).toMatchObject({ paymentState: 'paid', openCents: 0 });
    const [row] = await call<OverviewRowDto[]>('invoices.overview', { year: 2024 });
    expect(row).toMatchObject({
      municipalityName: 'Valkenburg aan de Geul',
      invoicedCents: 1_046_250,
      paidCents: 1_046_250,
      openCents: 0,
    });
  });

  it('corrects a final invoice with a credit invoice, after which the instalment can be invoiced again', async () => {
    await completeOrganisation();
    await valkenburg();
    const original = await invoiceFirstInstalment();
    await call('invoices.finalize', { ids: [original.id] });
    const final = await call<InvoiceDto>('invoices.get', { id: original.id });
    const credit = await call<InvoiceDto>('invoices.credit', {
      id: final.id,
      version: final.version,
      reason: 'verkeerd kenmerk',
    });
    expect(credit).toMatchObject({
      kind: 'credit',
      status: 'concept',
      amountCents: -1_046_250,
      creditedInvoice: { number: '2024-0001' },
    });
    expect((await refusal('invoices.ubl', { id: credit.id })).message).toContain('Maak de factuur eerst definitief');
    expect(await call<DueInstalmentDto[]>('instalments.due', { until: '2024-10-31' })).toEqual([]);
    await call('invoices.finalize', { ids: [credit.id] });
    expect(await call<InvoiceDto>('invoices.get', { id: credit.id })).toMatchObject({
      number: '2024-0002',
      paymentState: 'credit',
    });
    expect((await call<InvoiceDto>('invoices.get', { id: final.id })).paymentState).toBe('credited');
    const again = await refusal('invoices.credit', { id: final.id, version: final.version, reason: '' });
    expect(again.message).toContain('bestaat al een creditfactuur');

    const text = pdfText(await call<FileDto>('invoices.pdf', { id: credit.id }));
    expect(text).toContain('CREDITFACTUUR');
    expect(text).toContain('€ -10.462,50');
    expect(text).toContain('2024-0001');
    const ubl = await call<FileDto>('invoices.ubl', { id: credit.id });
    expect(nlciusErrors(ubl.content)).toEqual([]);
    expect(ubl.content).toContain('<cbc:PayableAmount currencyID="EUR">10462.50</cbc:PayableAmount>');
    const replacement = await invoiceFirstInstalment();
    expect(replacement.amountCents).toBe(1_046_250);
    const [row] = await call<OverviewRowDto[]>('invoices.overview', { year: 2024 });
    expect(row.invoicedCents).toBe(0);
  });

  it('gives invoices finalised at the same moment, each in its own transaction, consecutive numbers', async () => {
    await completeOrganisation();
    const municipality = await call<MunicipalityDto>('municipalities.create', {
      name: 'Haarlem',
      province: null,
      email: '',
      phone: '',
      notes: '',
      coordinatorIds: [],
    });
    const monthly = valkenburgContract(municipality.id);
    monthly.schedule.instalments = Array.from({ length: 20 }, (_, k) => ({
      invoiceDate: `2024-${String((k % 9) + 1).padStart(2, '0')}-01`,
      shareBasisPoints: 500,
    }));
    await call('contracts.create', monthly);
    const due = await call<DueInstalmentDto[]>('instalments.due', { until: '2024-10-31' });
    const { ids } = await call<{ ids: number[] }>('invoices.createFromInstalments', {
      instalmentIds: due.map((i) => i.id),
    });
    const results = await Promise.all(ids.map((id) => s.api.dispatch('invoices.finalize', { ids: [id] })));
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = (await call<InvoiceDto[]>('invoices.list', { year: 2024 })).map((i) => i.number).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, k) => `2024-${String(k + 1).padStart(4, '0')}`));
  });
});

describe('purchase orders and long texts', () => {
  it('copies the purchase order number onto each invoice, editable on a concept only', async () => {
    const municipality = await call<MunicipalityDto>(
      'municipalities.create',
      plainMunicipality('Valkenburg aan de Geul', 'Limburg'),
    );
    const contract = await call<ContractDto>('contracts.create', {
      ...valkenburgContract(municipality.id),
      purchaseOrderNumber: ' 4500012345 ',
    });
    expect(contract.purchaseOrderNumber).toBe('4500012345');
    const concept = await invoiceFirstInstalment();
    expect(concept.purchaseOrderNumber).toBe('4500012345');
    const { id, version, invoiceDate, description } = concept;
    const kept = await call<InvoiceDto>('invoices.updateConcept', { id, version, invoiceDate, description });
    expect(kept.purchaseOrderNumber).toBe('4500012345');
    const tooLong = await refusal('invoices.updateConcept', {
      id,
      version: kept.version,
      invoiceDate,
      description,
      purchaseOrderNumber: '4'.repeat(51),
    });
    expect(tooLong.issues).toEqual([
      { path: 'purchaseOrderNumber', message: 'Inkoopordernummer mag hoogstens 50 tekens lang zijn.' },
    ]);
    const pasted = await refusal('invoices.updateConcept', {
      id,
      version: kept.version,
      invoiceDate,
      description,
      purchaseOrderNumber: '4500\u000B012345',
    });
    expect(pasted.issues[0]).toMatchObject({
      path: 'purchaseOrderNumber',
      message: expect.stringContaining('Inkoopordernummer bevat een onzichtbaar stuurteken') as string,
    });
    const other = await call<InvoiceDto>('invoices.updateConcept', {
      id,
      version: kept.version,
      invoiceDate,
      description,
      purchaseOrderNumber: '4500099999',
    });
    expect(other.purchaseOrderNumber).toBe('4500099999');
    const none = await call<InvoiceDto>('invoices.updateConcept', {
      id,
      version: other.version,
      invoiceDate,
      description,
      purchaseOrderNumber: '',
    });
    expect(none.purchaseOrderNumber).toBeNull();
    expect((await call<ContractDto>('contracts.get', { id: contract.id })).purchaseOrderNumber).toBe('4500012345');
  });

  it("prints a long description, reference and order number whole, the instalment's period, and every amount on the page", async () => {
    await completeOrganisation();
    const municipality = await call<MunicipalityDto>(
      'municipalities.create',
      plainMunicipality('Súdwest-Fryslân', 'Friesland'),
    );
    const reference = `INK-${'ABCDEFGHIJ'.repeat(9)}XYZ`;
    const order = `PO-${'W'.repeat(47)}`;
    await call('contracts.create', {
      ...valkenburgContract(municipality.id),
      buyerReference: reference,
      purchaseOrderNumber: order,
    });
    const concept = await invoiceFirstInstalment();
    const longWord = 'Buurtgezinnenbijdrage'.repeat(10);
    const description = `Termijn 1: ${longWord}`.slice(0, 300);
    await call('invoices.updateConcept', {
      id: concept.id,
      version: concept.version,
      invoiceDate: concept.invoiceDate,
      description,
    });
    await call('invoices.finalize', { ids: [concept.id] });
    const file = await call<FileDto>('invoices.pdf', { id: concept.id });
    const pdf = path.join(s.db.folder, file.fileName);
    fs.writeFileSync(pdf, Buffer.from(file.content, 'base64'));

    // Every word within the page's margins (A4 is 595 points wide, 56 on each side).
    const words = [
      ...execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).matchAll(
        /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
      ),
    ].map(([, xMin, xMax, text]) => ({ xMin: Number(xMin), xMax: Number(xMax), text }));
    expect(words.length).toBeGreaterThan(50);
    expect(words.filter((word) => word.xMin < 55 || word.xMax > 540)).toEqual([]);
    // The line, the subtotal, the total and the request to pay.
    expect(words.filter((word) => word.text === '10.462,50')).toHaveLength(4);

    // In the order they were written, with the breaks the long words were given taken out.
    const joined = words.map((word) => word.text.replace(/\u200b/g, '')).join('');
    for (const whole of [reference, order, longWord]) expect(joined).toContain(whole);
    const text = pdfText(file);
    expect(text).toContain('Inkoopordernummer');
    expect(text).toContain('Periode van deze factuur: 01-10-2024 t/m 31-03-2025');
  });
});
