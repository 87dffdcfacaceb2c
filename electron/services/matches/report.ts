import type { Content } from 'pdfmake/interfaces';
import type { FileDto } from '../../../shared/api/invoices';
import { formatLongDate } from '../../../shared/domain/format';
import {
  CHILD_RESULTS,
  CHILD_RESULT_LABELS,
  PARENT_RESULTS,
  PARENT_RESULT_LABELS,
  PROFESSIONAL_HELP,
  PROFESSIONAL_HELP_LABELS,
} from '../../../shared/domain/matches/results';
import { END_REASONS, END_REASON_LABELS } from '../../../shared/domain/matches/status';
import { MunicipalityEntity } from '../../db/entities/Municipality';
import type { ServiceContext } from '../context';
import { COLORS, letterhead, renderPdf } from '../documents/pdf';
import { notFound } from '../errors';
import { loadOrganisation } from '../invoicing/organisation';
import { noFigures, periodFigures, type PeriodFigures } from './stats';

/**
 * The half-year report to a municipality: the figures of its matches and the results of those
 * that ended, without names of families.
 */
export async function halfYearReport(
  ctx: ServiceContext,
  input: { municipalityId: number; year: number; half: 1 | 2 },
): Promise<FileDto> {
  const municipality = await ctx.manager.findOneBy(MunicipalityEntity, { id: input.municipalityId });
  if (!municipality) throw notFound('Deze gemeente');
  const period =
    input.half === 1
      ? { from: `${input.year}-01-01`, to: `${input.year}-06-30` }
      : { from: `${input.year}-07-01`, to: `${input.year}-12-31` };
  const [figures] = await periodFigures(ctx, period, municipality.id);
  const organisation = await loadOrganisation(ctx.manager);
  const title = `Halfjaarrapportage ${input.half === 1 ? 'eerste' : 'tweede'} halfjaar ${input.year}`;
  const pdf = await renderPdf({
    title: `${title} – ${municipality.name}`,
    footerText: organisation.name,
    content: [
      letterhead(organisation, organisation.logoDataUrl),
      { text: title, style: 'title', margin: [0, 24, 0, 2] },
      {
        text: `Gemeente ${municipality.name} · ${formatLongDate(period.from)} tot en met ${formatLongDate(period.to)}`,
        color: COLORS.muted,
        margin: [0, 0, 0, 14],
      },
      ...reportBody(figures),
      {
        text: 'Deze rapportage bevat geen namen, adressen of andere gegevens waarmee gezinnen herkend kunnen worden.',
        fontSize: 8,
        color: COLORS.muted,
        margin: [0, 18, 0, 0],
      },
    ],
  });
  return {
    fileName: `halfjaarrapportage-${municipality.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${input.year}-${input.half}.pdf`,
    content: pdf.toString('base64'),
  };
}

function reportBody(figures: PeriodFigures | undefined): Content[] {
  const f: Omit<PeriodFigures, 'municipalityId' | 'municipalityName'> = figures ?? { target: null, ...noFigures() };
  const ended = f.endedRegular + f.endedEarly;
  return [
    heading('Koppelingen'),
    table([
      ['Nieuwe koppelingen in dit halfjaar', String(f.newMatches)],
      [
        'Doel volgens de opdracht',
        f.target === null ? 'geen doel vastgelegd' : `${f.target} per jaar (${Math.ceil(f.target / 2)} per halfjaar)`,
      ],
      ['Lopende koppelingen aan het eind van de periode', String(f.active)],
      ['Afgerond na de begeleiding', String(f.endedRegular)],
      ['Voortijdig beëindigd', String(f.endedEarly)],
      [
        'Mediaan aantal dagen van aanmelding tot koppeling',
        f.medianDaysToMatch === null ? '–' : String(f.medianDaysToMatch),
      ],
    ]),
    ...(f.endedEarly > 0
      ? [
          heading('Redenen van voortijdig beëindigen'),
          table(
            END_REASONS.filter((r) => f.earlyReasons[r]).map((r) => [END_REASON_LABELS[r], String(f.earlyReasons[r])]),
          ),
        ]
      : []),
    heading(
      ended === 0
        ? 'Resultaten van beëindigde koppelingen'
        : `Resultaten van de ${ended} beëindigde koppeling${ended === 1 ? '' : 'en'}`,
    ),
    ...(ended === 0
      ? [{ text: 'In deze periode is geen koppeling beëindigd.', margin: [0, 0, 0, 6] } as Content]
      : [
          { text: 'Voor de kinderen', bold: true, margin: [0, 4, 0, 2] } as Content,
          table(CHILD_RESULTS.map((r) => [CHILD_RESULT_LABELS[r], String(f.childResults[r] ?? 0)])),
          { text: 'Voor de ouders', bold: true, margin: [0, 8, 0, 2] } as Content,
          table(PARENT_RESULTS.map((r) => [PARENT_RESULT_LABELS[r], String(f.parentResults[r] ?? 0)])),
          { text: 'Professionele hulp', bold: true, margin: [0, 8, 0, 2] } as Content,
          table(PROFESSIONAL_HELP.map((r) => [PROFESSIONAL_HELP_LABELS[r], String(f.professionalHelp[r] ?? 0)])),
        ]),
  ];
}

function heading(text: string): Content {
  return { text, fontSize: 12, bold: true, color: COLORS.accent, margin: [0, 12, 0, 6] };
}

function table(rows: string[][]): Content {
  return {
    table: {
      widths: ['*', 150],
      body: rows.map(([label, value]) => [{ text: label }, { text: value, alignment: 'right' }]),
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0,
      hLineColor: () => COLORS.line,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
  };
}
