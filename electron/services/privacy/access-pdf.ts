import type { Content } from 'pdfmake/interfaces';
import type { FileDto } from '../../../shared/api/invoices';
import { formatDateTime } from '../../../shared/domain/format';
import type { OrganisationDetails } from '../../../shared/domain/invoicing/organisation';
import type { ServiceContext } from '../context';
import { letterhead, renderPdf } from '../documents/pdf';
import { loadOrganisation } from '../invoicing/organisation';
import { accessFileName, familyAccessExport, type AccessExport } from './access-export';
import { familyPart, matchesPart, peoplePart, registrationsPart } from './access-pdf-family';
import { facts, heading, note } from './access-pdf-layout';
import { namesFor, type Names } from './access-pdf-names';
import { accessLogPart, attachmentsPart, historyPart, insurancePart, vogPart } from './access-pdf-records';

const TITLE = 'Overzicht van uw gegevens (inzage)';

/**
 * The access export as a letter the person who asked can read (art. 15 AVG): the same data as the
 * JSON file, gathered by the same function, per area with the app's Dutch labels and notation.
 */
export async function familyAccessPdf(ctx: ServiceContext, input: { id: number }): Promise<FileDto> {
  const data = await familyAccessExport(ctx, input);
  const organisation = await loadOrganisation(ctx.manager);
  const names = await namesFor(ctx.manager, data.records);
  const pdf = await renderPdf({
    title: `${TITLE} – ${data.family.name}`,
    footerText: `${organisation.name} · vertrouwelijk`,
    content: [
      letterhead(organisation, organisation.logoDataUrl),
      { text: TITLE, style: 'title', margin: [0, 28, 0, 8] },
      facts([
        ['Gezin', data.family.name],
        ['Gemaakt op', formatDateTime(data.madeAt)],
        ['Gemaakt door', data.madeBy],
      ]),
      { stack: explanation(organisation), margin: [0, 8, 0, 0] },
      ...parts(data, names),
    ],
  });
  return { fileName: accessFileName(data, 'pdf'), content: pdf.toString('base64') };
}

function explanation(organisation: OrganisationDetails): Content[] {
  const contact = [
    organisation.email ? `per e-mail (${organisation.email})` : null,
    organisation.phone ? `telefonisch (${organisation.phone})` : null,
  ].filter(Boolean);
  const paragraph = (text: string): Content => ({ text, margin: [0, 0, 0, 8] });
  return [
    paragraph(
      `U hebt gevraagd welke gegevens ${organisation.name} over u en uw gezin bewaart. Dat is uw recht op inzage (artikel 15 van de Algemene verordening gegevensbescherming, AVG). Dit overzicht bevat alles wat wij op de dag hierboven over uw gezin hebben vastgelegd: de gegevens van het gezin en de personen, de aanmeldingen, de koppelingen met een ander gezin, de VOG's, de verzekering, wie wanneer iets heeft vastgelegd of gewijzigd, en welke bestanden wij bewaren.`,
    ),
    paragraph(
      'Wij gebruiken deze gegevens om gezinnen aan elkaar te koppelen, de koppeling te begeleiden en verantwoording af te leggen aan de gemeente; in die verantwoording staan geen namen. Klopt er iets niet of ontbreekt er iets, dan kunt u ons vragen het te verbeteren. U kunt ons ook vragen uw gegevens te wissen: dat doen wij, behalve wat de wet ons verplicht te bewaren. Wij bewaren gegevens niet langer dan nodig; daarna verwijderen wij namen, adressen en andere persoonsgegevens en houden wij alleen cijfers zonder namen over.',
    ),
    paragraph(
      `Voor vragen of een verzoek om verbetering of wissen kunt u contact opnemen met ${organisation.name}${contact.length > 0 ? `, ${contact.join(' of ')}` : ''}. Wij reageren binnen een maand. Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.`,
    ),
    note(
      'Dezelfde gegevens zijn er ook als bestand dat een computer kan lezen (JSON). Daarin staan ook de interne kenmerken van onze administratie, zoals volgnummers en versienummers, die in dit overzicht zijn weggelaten.',
    ),
  ];
}

function parts(data: AccessExport, names: Names): Content[] {
  const { records } = data;
  const sections: [string, Content[]][] = [
    ['Gezin', familyPart(records, names)],
    ['Personen', peoplePart(records)],
    ['Aanmeldingen', registrationsPart(records, names)],
    ['Koppelingen', matchesPart(records, names, data.family.id)],
    ['VOG', vogPart(records)],
    ['Verzekering', insurancePart(records, names)],
    ['Geschiedenis', historyPart(records)],
    ...(records.access_log ? [['Inzagelog', accessLogPart(records)] as [string, Content[]]] : []),
    ['Bijlagen', attachmentsPart(records, names)],
  ];
  if (data.notIncluded.length > 0)
    sections.push(['Niet in dit overzicht', data.notIncluded.map((line) => ({ text: line, margin: [0, 0, 0, 4] }))]);
  return sections.flatMap(([title, content], i) => [heading(`${i + 1}. ${title}`), ...content]);
}
