import { Badge } from '@mantine/core';
import { MATCH_STATUS_LABELS, type MatchStatus } from '../../../shared/domain/matches/status';

const COLORS: Record<MatchStatus, string> = {
  voorgesteld: 'gray',
  kennismaking: 'blue',
  proefperiode: 'yellow',
  actief: 'teal',
  afgerond: 'grape',
  voortijdig_beeindigd: 'red',
};

export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light">
      {MATCH_STATUS_LABELS[status]}
    </Badge>
  );
}

export const MATCH_LABELS: Record<string, string> = {
  status: 'Status',
  coordinator: 'Coördinator',
  coordinatorId: 'Coördinator',
  children: 'Kinderen',
  childIds: 'Kinderen',
  supportKinds: 'Steun',
  supportOther: 'Andere steun',
  frequency: 'Hoe vaak',
  agreements: 'Afspraken',
  startDate: 'Begin proefperiode',
  endDate: 'Einddatum',
  endReason: 'Reden einde',
  endReasonText: 'Toelichting',
  childResults: 'Resultaten kinderen',
  parentResults: 'Resultaten ouders',
  professionalHelp: 'Professionele hulp',
  evaluations: 'Evaluaties',
  trialEnd: 'Einde proefperiode',
  guidanceEnd: 'Einde begeleiding',
};
