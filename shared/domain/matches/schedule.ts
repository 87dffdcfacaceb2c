import { addMonths } from '../dates';

/**
 * The dates of a match, all counted from its start in calendar months (a start on 31 August ends
 * the trial on 31 October; on 31 December, on the last day of February): two months of trial
 * ending in the trial evaluation, then an evaluation every six months, and guidance ending at the
 * latest two years after the start.
 */
const TRIAL_MONTHS = 2;
const EVALUATION_INTERVAL_MONTHS = 6;
const GUIDANCE_MONTHS = 24;

export function trialEnd(startDate: string): string {
  return addMonths(startDate, TRIAL_MONTHS);
}

export function guidanceEnd(startDate: string): string {
  return addMonths(startDate, GUIDANCE_MONTHS);
}

export interface DueEvaluation {
  /** 0 is the trial evaluation, then 1, 2, … every six months. */
  sequence: number;
  dueDate: string;
}

/** The evaluations of a match, from the trial evaluation up to the end of guidance. */
export function evaluationSeries(startDate: string): DueEvaluation[] {
  const end = guidanceEnd(startDate);
  const series: DueEvaluation[] = [];
  for (let sequence = 0; ; sequence++) {
    const dueDate = addMonths(startDate, TRIAL_MONTHS + sequence * EVALUATION_INTERVAL_MONTHS);
    if (dueDate >= end) break;
    series.push({ sequence, dueDate });
  }
  return series;
}

export function evaluationLabel(sequence: number): string {
  return sequence === 0 ? 'Evaluatie proefperiode' : `Evaluatie ${sequence} (halfjaarlijks)`;
}
