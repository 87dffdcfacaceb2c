import { COVER_KIND_LABELS } from '../../../shared/api/insurance';
import type { FileDto } from '../../../shared/api/invoices';
import { formatDate, formatLongDate } from '../../../shared/domain/format';
import { currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { COLORS, letterhead, renderPdf } from '../documents/pdf';
import { loadOrganisation } from '../invoicing/organisation';
import { policyView } from './policies';

/** The list of insured volunteers for the insurer: the steungezinnen of the matches the policy covers. */
export async function insuredList(ctx: ServiceContext, input: { id: number }): Promise<FileDto> {
  const policy = await policyView(ctx, input.id);
  const organisation = await loadOrganisation(ctx.manager);
  const today = currentDate(ctx.clock);
  const pdf = await renderPdf({
    title: `Verzekerden polis ${policy.policyNumber}`,
    footerText: organisation.name,
    content: [
      letterhead(organisation, organisation.logoDataUrl),
      { text: `Lijst van verzekerde vrijwilligers`, style: 'title', margin: [0, 24, 0, 2] },
      {
        text: `${policy.insurer}, polis ${policy.policyNumber} (${COVER_KIND_LABELS[policy.coverKind].toLowerCase()}) · stand ${formatLongDate(today)}`,
        color: COLORS.muted,
        margin: [0, 0, 0, 12],
      },
      {
        table: {
          headerRows: 1,
          widths: ['*', 120, 70],
          body: [
            [
              { text: 'Vrijwilligers (steungezin)', style: 'th' },
              { text: 'Gemeente', style: 'th' },
              { text: 'Sinds', style: 'th' },
            ],
            ...policy.coveredMatches.map((m) => [m.volunteers, m.municipalityName, formatDate(m.startDate) || '–']),
          ],
        },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0,
          hLineColor: () => COLORS.line,
          paddingTop: () => 4,
          paddingBottom: () => 4,
        },
      },
    ],
  });
  return {
    fileName: `verzekerden-${policy.policyNumber.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`,
    content: pdf.toString('base64'),
  };
}
