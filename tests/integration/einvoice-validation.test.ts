import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractEntity } from '../../electron/db/entities/Contract';
import { organisationDetails } from '../../scripts/demo/data';
import type { ContractDto } from '../../shared/api/contracts';
import type { DueInstalmentDto, FileDto, InvoiceDto } from '../../shared/api/invoices';
import type { MunicipalityDto } from '../../shared/api/municipalities';
import type { OrganisationDto } from '../../shared/api/organisation';
import { withoutControlCharacters } from '../../shared/domain/text';
import { OFFICIAL_TESTSET, shortcomings, validateOfficially } from '../support/einvoice';
import { valkenburgContract, plainMunicipality } from '../support/invoicing';
import { scenario } from '../support/scenario';

const s = scenario('2025-10-05T09:00:00Z');
const { call, refusal } = s;

const PURCHASE_ORDER = 'PO-2025/"Jeugd" & <Gezin>';
const OTHER_ORDER = "Inkooporder Súdwest-Fryslân 't 2025/3";
/** As long as a description may be, with what XML must escape and a line break. */
const LONG_DESCRIPTION =
  `Bijdrage Buurtgezinnen & "Sociaal Domein" <termijn 3>\n${'Súdwest-Fryslân '.repeat(20)}`.slice(0, 300);

interface Exported {
  id: number;
  file: string;
  xml: string;
}

async function updateOrganisation(changes: Partial<typeof organisationDetails>): Promise<void> {
  const organisation = await call<OrganisationDto>('organisation.get', {});
  await call('organisation.update', { ...organisationDetails, ...changes, version: organisation.version });
}

async function finalizeDue(until: string): Promise<number[]> {
  const due = await call<DueInstalmentDto[]>('instalments.due', { until });
  const { ids } = await call<{ ids: number[] }>('invoices.createFromInstalments', {
    instalmentIds: due.map((i) => i.id),
  });
  await call('invoices.finalize', { ids });
  return ids;
}

/**
 * Every export of Valkenburg's pilot: three invoices and a credit note while the foundation is
 * outside the scope of VAT, then the last instalment and the credited one again once it is
 * exempt, as files.
 */
async function exportedInvoices(): Promise<Exported[]> {
  await updateOrganisation({});
  const municipality = await call<MunicipalityDto>(
    'municipalities.create',
    plainMunicipality('Súdwest-Fryslân', 'Friesland'),
  );
  // Characters XML must escape, and diacritics, in what the buyer's system reads back.
  const contract = {
    ...valkenburgContract(municipality.id),
    billingName: 'Gemeente Súdwest-Fryslân "Sociaal & Zorg" <inkoop>',
    billingDepartment: "Team Jeugd & Gezin 't Sneek",
    purchaseOrderNumber: PURCHASE_ORDER,
  };
  // A control character pasted from Word is refused at its field, in Dutch, and nothing is stored.
  const pasted = await refusal('contracts.create', { ...contract, billingName: 'Gemeente Súdwest-\u000BFryslân' });
  expect(pasted.issues).toEqual([
    { path: 'billingName', message: expect.stringContaining('bevat een onzichtbaar stuurteken') as string },
  ]);
  const saved = await call<ContractDto>('contracts.create', contract);
  // A contract stored before the fields refused them may hold one still.
  await s.db.dataSource.manager.update(ContractEntity, saved.id, { billingContact: 'M. Janssen\u000B\u0001 (inkoop)' });

  const due = await call<DueInstalmentDto[]>('instalments.due', { until: '2025-10-31' });
  const { ids } = await call<{ ids: number[] }>('invoices.createFromInstalments', {
    instalmentIds: due.map((i) => i.id),
  });
  const third = await call<InvoiceDto>('invoices.get', { id: ids[2] });
  expect(third.purchaseOrderNumber).toBe(PURCHASE_ORDER);
  await call('invoices.updateConcept', {
    id: third.id,
    version: third.version,
    invoiceDate: third.invoiceDate,
    description: LONG_DESCRIPTION,
    purchaseOrderNumber: OTHER_ORDER,
  });
  await call('invoices.finalize', { ids });
  const first = await call<InvoiceDto>('invoices.get', { id: ids[0] });
  const credit = await call<InvoiceDto>('invoices.credit', { id: first.id, version: first.version, reason: 'dubbel' });
  await call('invoices.finalize', { ids: [credit.id] });

  s.setNow('2026-03-05T09:00:00Z');
  await updateOrganisation({
    vatCategory: 'E',
    vatNumber: 'NL123456789B01',
    vatExemptionText: "Vrijgesteld van btw op grond van art. 11 lid 1 sub f Wet OB ('sociaal-cultureel').",
  });
  const later = await finalizeDue('2026-03-31');
  expect(later).toHaveLength(2);

  const exported: Exported[] = [];
  for (const id of [...ids, credit.id, ...later]) {
    const ubl = await call<FileDto>('invoices.ubl', { id });
    const file = path.join(s.db.folder, ubl.fileName);
    fs.writeFileSync(file, ubl.content);
    exported.push({ id, file, xml: ubl.content });
  }
  return exported;
}

const period = (xml: string) =>
  /<cac:InvoicePeriod>\s*<cbc:StartDate>(.*)<\/cbc:StartDate>\s*<cbc:EndDate>(.*)<\/cbc:EndDate>/.exec(xml)?.slice(1);
const orderReference = (xml: string) =>
  /<cac:OrderReference>\s*<cbc:ID>(.*)<\/cbc:ID>\s*<\/cac:OrderReference>/.exec(xml)?.[1];

describe('e-invoices through the official SI-UBL 2.0 validation', () => {
  it('fails the official test set’s faulty files and finds its warnings, so a clean pass below means something', () => {
    const faulty = path.join(OFFICIAL_TESTSET, 'SI-UBL-2.0_BR-NL-10_error_empty.xml');
    const warned = path.join(OFFICIAL_TESTSET, 'SI-UBL-2.0_BR-NL-24_warning_ref_issuedate.xml');
    const clean = path.join(OFFICIAL_TESTSET, 'SI-UBL-2.0_BR-NL-10_ok_both_nl.xml');
    const { output, status } = validateOfficially([faulty, warned, clean]);
    expect(status).toBe(1);
    expect(output).toMatch(/^FAIL .*BR-NL-10/ms);
    // The validation lets a warning pass; our reading of its output does not.
    expect(output).toMatch(/^PASS .*BR-NL-24_warning.* warnings=1$/m);
    expect(shortcomings(output)).toEqual([
      expect.stringMatching(/^FAIL .*BR-NL-10_error/),
      expect.stringMatching(/^\s+fatal BR-NL-10:/),
      expect.stringMatching(/^\s+warning SI-UBL-2:/),
      expect.stringMatching(/^PASS .*BR-NL-24_warning/),
      expect.stringMatching(/^\s+warning BR-NL-24:/),
    ]);
  });

  it('passes every exported invoice and credit note without one warning, whatever was typed in its fields', async () => {
    const exported = await exportedInvoices();
    expect(exported).toHaveLength(6);
    const files = exported.map((e) => e.file);
    const { output, status } = validateOfficially(files);
    expect(shortcomings(output)).toEqual([]);
    expect(output.match(/^PASS .* xsd-errors=0 fatal=0 warnings=0$/gm)).toHaveLength(files.length);
    expect(output).toContain(`e-invoice validation: ${files.length} valid, 0 invalid`);
    expect(output).toMatch(/^PASS .*CreditNote/m);
    expect(status).toBe(0);
  });

  it("states each invoice's own instalment period and its purchase order, and leaves out a pasted control character", async () => {
    const [first, second, third, credit, again, last] = await exportedInvoices();
    expect([first, second, third, credit, again, last].map(({ xml }) => period(xml))).toEqual([
      ['2024-10-01', '2025-03-31'],
      ['2025-04-01', '2025-09-30'],
      ['2025-10-01', '2026-03-31'],
      // A credit note is about the invoice it credits.
      ['2024-10-01', '2025-03-31'],
      ['2024-10-01', '2025-03-31'],
      ['2026-04-01', '2026-09-30'],
    ]);
    expect([first, second, third, credit, again, last].map(({ xml }) => orderReference(xml))).toEqual([
      'PO-2025/&quot;Jeugd&quot; &amp; &lt;Gezin&gt;',
      'PO-2025/&quot;Jeugd&quot; &amp; &lt;Gezin&gt;',
      'Inkooporder Súdwest-Fryslân &apos;t 2025/3',
      'PO-2025/&quot;Jeugd&quot; &amp; &lt;Gezin&gt;',
      'PO-2025/&quot;Jeugd&quot; &amp; &lt;Gezin&gt;',
      'PO-2025/&quot;Jeugd&quot; &amp; &lt;Gezin&gt;',
    ]);
    expect(third.xml).toContain(
      `<cbc:Name>Bijdrage Buurtgezinnen &amp; &quot;Sociaal Domein&quot; &lt;termijn 3&gt;&#10;`,
    );
    for (const { xml } of [first, credit, last]) {
      expect(xml).toContain('<cbc:Name>M. Janssen (inkoop)</cbc:Name>');
      expect(withoutControlCharacters(xml)).toBe(xml);
    }
    expect(last.xml).toContain('<cbc:ID>E</cbc:ID>');
  });
});
