import { formatLongDate } from '../../../shared/domain/format';
import type { PlaceholderValues } from '../../../shared/domain/matches/placeholders';
import { SUPPORT_KIND_LABELS } from '../../../shared/domain/matches/results';
import { CoordinatorEntity } from '../../db/entities/Coordinator';
import { currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { loadOrganisation } from '../invoicing/organisation';
import type { SigningParty } from './document-pdf';
import { getMatch } from './matches';

const NOT_YET = '(nog niet bekend)';

/** What the placeholders of a match's documents stand for today, and who signs. */
export async function placeholderValues(
  ctx: ServiceContext,
  matchId: number,
): Promise<{ placeholders: PlaceholderValues; parties: SigningParty[] }> {
  const match = await getMatch(ctx, { id: matchId });
  const organisation = await loadOrganisation(ctx.manager);
  const coordinator = match.coordinator
    ? await ctx.manager.findOneBy(CoordinatorEntity, { id: match.coordinator.id })
    : null;
  const long = (date: string | null) => (date ? formatLongDate(date) : NOT_YET);
  const support = match.supportKinds.map((kind) =>
    kind === 'anders' ? (match.supportOther ?? 'anders') : SUPPORT_KIND_LABELS[kind].toLowerCase(),
  );
  const children = match.requestingFamily.children
    .filter((child) => match.childIds.includes(child.id))
    .map((child) => `${child.name} (geboren ${formatLongDate(child.birthDate)})`);
  const placeholders: PlaceholderValues = {
    'stichting.naam': organisation.name,
    'gemeente.naam': match.municipality.name,
    'coordinator.naam': coordinator?.name ?? NOT_YET,
    'coordinator.telefoon': coordinator?.phone ?? '—',
    'coordinator.email': coordinator?.email ?? '—',
    'vraaggezin.naam': match.requestingFamily.name,
    'vraaggezin.adres': match.requestingFamily.address,
    'vraaggezin.ouders': match.requestingFamily.adults.map((a) => a.name).join(' en '),
    'steungezin.naam': match.supportFamily.name,
    'steungezin.adres': match.supportFamily.address,
    'steungezin.ouders': match.supportFamily.adults.map((a) => a.name).join(' en '),
    kinderen: children,
    'koppeling.steun': capitalise(support.join(', ')),
    'koppeling.frequentie': match.frequency ?? 'in overleg',
    'koppeling.afspraken': match.agreements ?? '',
    'koppeling.startdatum': long(match.startDate),
    'koppeling.proefperiode_einde': long(match.trialEnd),
    'koppeling.evaluaties': match.evaluations.length
      ? match.evaluations.map((e) => formatLongDate(e.dueDate)).join(', ')
      : NOT_YET,
    'koppeling.einddatum': long(match.guidanceEnd),
    datum: formatLongDate(currentDate(ctx.clock)),
  };
  const parties: SigningParty[] = [
    { role: `Vraaggezin (${match.requestingFamily.name})`, names: match.requestingFamily.adults.map((a) => a.name) },
    { role: `Steungezin (${match.supportFamily.name})`, names: match.supportFamily.adults.map((a) => a.name) },
    ...(coordinator ? [{ role: `Coördinator, namens ${organisation.name}`, names: [coordinator.name] }] : []),
  ];
  return { placeholders, parties };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
