import type { Dispatch } from '../../electron/main/ipc/dispatch';
import {
  DEMO_MUNICIPALITIES,
  demoLandline,
  demoPerson,
  demoPostcodeRanges,
  seededRandom,
} from '../../scripts/demo/data';
import { seedDemoInvoicing } from '../../scripts/demo/demo-invoicing';
import { seedDemoRegistrations } from '../../scripts/demo/demo-registrations';
import type { InvoiceDto } from '../../shared/api/invoices';
import type { MatchDto } from '../../shared/api/matches';
import { matchFamilies } from './matches';
import { data } from './registrations';

/** Moves the dispatcher's clock: the foundation's history spans a few months. */
export type SetNow = (iso: string) => void;

const pdf = (text: string) => Buffer.from(`%PDF-1.4 ${text}`).toString('base64');

/**
 * A foundation that has worked a while on one computer, made through the app's own operations so
 * every table holds rows: the demo's registrations and five years of contracts with final (and paid)
 * invoices for six municipalities, a credit invoice and a discarded concept, a match with its documents, evaluation and
 * signed scans, VOGs, insurance with an incident, an import, a changed setting and template, a file opened.
 */
export async function seedFoundation(dispatch: Dispatch, setNow: SetNow): Promise<void> {
  const call = async <T>(name: string, input: unknown) => data<T>(await dispatch(name, input));
  setNow('2026-11-20T10:00:00Z');
  await call('settings.update', { overdueDays: 21, version: 1 });
  const places = await demoMunicipalities(dispatch);
  await seedDemoRegistrations(dispatch, places, '2026-11-20', 40);
  const inactive = await call<{ id: number; version: number }>('municipalities.get', { id: places[5].id });
  await call('municipalities.setActive', { id: inactive.id, version: inactive.version, active: false });

  const families = await matchFamilies(dispatch);
  // Opening a family's file leaves a line in the inzagelog.
  await call('families.get', { id: families.support.id });
  let match = await call<MatchDto>('matches.create', families.proposal);
  const step = async (to: string, date: string) => {
    match = await call<MatchDto>('matches.changeStatus', {
      id: match.id,
      version: match.version,
      to,
      date,
      reason: '',
    });
  };
  await step('kennismaking', '2026-11-10');
  await step('proefperiode', '2026-11-20');
  await call('templates.save', {
    kind: 'huisregels',
    title: 'Huisregels',
    body: '# Huisregels\n\nWelkom bij {{steungezin.naam}}.',
    version: 1,
  });
  const { id: contract } = await call<{ id: number }>('documents.generate', { matchId: match.id, kind: 'contract' });
  await call('documents.generate', { matchId: match.id, kind: 'huisregels' });
  await call('documents.print', { id: contract, version: 1 });
  await call('documents.markSigned', { id: contract, version: 2, signedDate: '2026-11-20' });
  await call('documents.attachScan', { id: contract, version: 3, fileName: 'contract.pdf', content: pdf('contract') });
  await call('vog.attachScan', {
    id: families.support.people[0].id,
    version: 2,
    fileName: 'vog.pdf',
    content: pdf('vog'),
    consentDate: '2026-11-20',
  });

  const policy = await call<{ id: number; version: number }>('policies.create', {
    insurer: 'VNG Vrijwilligerspolis',
    policyNumber: 'ONG-2026-7',
    coverKind: 'ongevallen',
    coverOther: '',
    takenOutBy: 'gemeente',
    allMunicipalities: false,
    municipalityIds: [families.haarlem],
    familyIds: [families.support.id],
    startDate: '2026-01-01',
    endDate: null,
    insuredAmounts: '€ 25.000 bij blijvende invaliditeit',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    notes: '',
  });
  const incident = await call<{ id: number; version: number }>('incidents.create', {
    date: '2026-11-20',
    matchId: match.id,
    policyId: policy.id,
    description: 'Bril van Daan gebroken bij het spelen in de tuin.',
    claimNumber: 'S-2026-101',
    status: 'gemeld',
    amountCents: null,
  });
  await call('incidents.attachDocument', { ...incident, fileName: 'brief.pdf', content: pdf('brief') });
  await call('imports.commit', {
    fileName: 'aanmeldingen.csv',
    contentBase64: Buffer.from(
      'Soort;Datum aanmelding;Voornaam;Achternaam;Geboortedatum;Straat;Huisnummer;Postcode;Plaats;E-mail\r\n' +
        'steungezin;04-11-2026;Hélène;de Vries;30-08-1975;Zeeweg;3;2041KP;Zandvoort;helene@voorbeeld.nl',
      'latin1',
    ).toString('base64'),
    mapping: null,
  });

  setNow('2027-01-21T10:00:00Z');
  match = await call<MatchDto>('matches.recordEvaluation', {
    id: match.id,
    version: match.version,
    sequence: 0,
    heldDate: '2027-01-20',
    outcome: 'doorgaan',
    notes: 'Gaat goed.',
  });
  await step('actief', '2027-01-21');

  setNow('2027-02-01T10:00:00Z');
  await seedDemoInvoicing(dispatch, places, '2027-02-01', seededRandom(7));
  const unpaid = (await call<InvoiceDto[]>('invoices.list', { year: 2027 })).filter((i) => i.paidCents === 0);
  const [first, second] = unpaid;
  const credit = await call<InvoiceDto>('invoices.credit', { id: first.id, version: first.version, reason: '' });
  await call('invoices.finalize', { ids: [credit.id] });
  // A concept thrown away: the newest invoice id is gone, and never handed out again.
  const discarded = await call<InvoiceDto>('invoices.credit', { id: second.id, version: second.version, reason: '' });
  await call('invoices.deleteConcept', { id: discarded.id, version: discarded.version });
}

/** Six of the demo's municipalities (none whose postcodes meet Haarlem's), each with coordinators. */
async function demoMunicipalities(dispatch: Dispatch) {
  const random = seededRandom(2026);
  const places: { id: number; name: string; postcode: string }[] = [];
  for (const [index, [name, province]] of DEMO_MUNICIPALITIES.entries()) {
    if (index < 4 || places.length === 6) continue;
    const coordinatorIds: number[] = [];
    for (let i = 0; i < (index % 3 === 0 ? 2 : 1); i++)
      coordinatorIds.push(
        data<{ id: number }>(await dispatch('coordinators.create', { ...demoPerson(random), notes: '' })).id,
      );
    const postcodeRanges = demoPostcodeRanges(name, index);
    const { id } = data<{ id: number }>(
      await dispatch('municipalities.create', {
        name,
        province,
        email: '',
        phone: demoLandline(random),
        notes: '',
        coordinatorIds,
        postcodeRanges,
        places: '',
      }),
    );
    places.push({ id, name, postcode: postcodeRanges.slice(0, 4) });
  }
  return places;
}
