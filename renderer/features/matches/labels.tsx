import { Badge } from '@mantine/core';
import { fieldLabels } from '../../../shared/api/history/field';
import { MATCH_HISTORY } from '../../../shared/api/history/matches';
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

/** A match's fields by name for the forms' clash notices: the history's labels, and the forms' own names. */
export const MATCH_LABELS: Record<string, string> = {
  ...fieldLabels(MATCH_HISTORY),
  coordinatorId: 'Coördinator',
  childIds: 'Kinderen',
};
