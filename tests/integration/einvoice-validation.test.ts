import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { organisationDetails } from '../../scripts/demo/data';
import type { DueInstalmentDto, FileDto, InvoiceDto } from '../../shared/api/invoices';
import type { MunicipalityDto } from '../../shared/api/municipalities';
import type { OrganisationDto } from '../../shared/api/organisation';
import { OFFICIAL_TESTSET, validateOfficially } from '../support/einvoice';
import { valkenburgContract } from '../support/invoicing';
import { scenario } from '../support/scenario';

const s = scenario('2025-10-05T09:00:00Z');
const { call } = s;

/** Every export of a year of Valkenburg's pilot: three invoices and a credit note, as files. */
async function exportedInvoices(): Promise<string[]> {
  const organisation = await call<OrganisationDto>('organisation.get', {});
  await call('organisation.update', { ...organisationDetails, version: organisation.version });
  const municipality = await call<MunicipalityDto>('municipalities.create', {
    name: 'Súdwest-Fryslân',
    province: 'Friesland',
    email: '',
    phone: '',
    notes: '',
    coordinatorIds: [],
  });
  // Characters XML must escape, and diacritics, in what the buyer's system reads back.
  const contract = {
    ...valkenburgContract(municipality.id),
    billingName: 'Gemeente Súdwest-Fryslân "Sociaal & Zorg" <inkoop>',
    billingDepartment: "Team Jeugd & Gezin 't Sneek",
  };
  await call('contracts.create', contract);
  const due = await call<DueInstalmentDto[]>('instalments.due', { until: '2025-10-31' });
  const { ids } = await call<{ ids: number[] }>('invoices.createFromInstalments', {
    instalmentIds: due.map((i) => i.id),
  });
  await call('invoices.finalize', { ids });
  const [first] = await call<InvoiceDto[]>('invoices.list', { year: 2025 });
  const credit = await call<InvoiceDto>('invoices.credit', { id: first.id, version: first.version, reason: 'dubbel' });
  await call('invoices.finalize', { ids: [credit.id] });
  const files = [];
  for (const id of [...ids, credit.id]) {
    const ubl = await call<FileDto>('invoices.ubl', { id });
    const file = path.join(s.db.folder, ubl.fileName);
    fs.writeFileSync(file, ubl.content);
    files.push(file);
  }
  return files;
}

describe('e-invoices through the official SI-UBL 2.0 validation', () => {
  it('fails the official test set’s faulty files, so a pass below means something', () => {
    const faulty = path.join(OFFICIAL_TESTSET, 'SI-UBL-2.0_BR-NL-10_error_empty.xml');
    const { output, status } = validateOfficially([faulty]);
    expect(status).toBe(1);
    expect(output).toMatch(/^FAIL .*BR-NL-10/ms);
  });

  it('passes every exported invoice and credit note, with names that XML must escape', async () => {
    const files = await exportedInvoices();
    expect(files).toHaveLength(4);
    const { output, status } = validateOfficially(files);
    expect(output).toContain(`e-invoice validation: ${files.length} valid, 0 invalid`);
    expect(output).toMatch(/^PASS .*CreditNote/m);
    expect(status).toBe(0);
  });
});
