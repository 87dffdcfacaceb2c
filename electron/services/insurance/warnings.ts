import type { InsuranceWarningsDto } from '../../../shared/api/insurance';
import { daysBetween } from '../../../shared/domain/dates';
import { currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { familyNameOf } from '../registrations/family-sql';
import { checkDay, covers, policyScopes, runningMatches } from './policies';

/** Matches under way without cover on the day that counts, and policies that end within 60 days. */
export async function insuranceWarnings(ctx: ServiceContext): Promise<InsuranceWarningsDto> {
  const today = currentDate(ctx.clock);
  const scopes = await policyScopes(ctx.manager);
  const uncovered = (await runningMatches(ctx.manager))
    .filter(
      (match) => match.startDate !== null && !scopes.some((scope) => covers(scope, match, checkDay(match, today))),
    )
    .map((match) => ({
      matchId: match.matchId,
      families: `${familyNameOf(match.requestingName)} – ${familyNameOf(match.supportName)}`,
      municipalityName: match.municipalityName,
      startDate: match.startDate,
    }));
  const ending = scopes
    .map(({ policy }) => policy)
    .filter((policy) => policy.endDate !== null && policy.endDate >= today && daysBetween(today, policy.endDate) <= 60)
    .map((policy) => ({
      policyId: policy.id,
      insurer: policy.insurer,
      policyNumber: policy.policyNumber,
      endDate: policy.endDate!,
    }));
  return { uncoveredMatches: uncovered, endingPolicies: ending };
}
