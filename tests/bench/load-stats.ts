import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { BUSY_MESSAGE } from '../../electron/main/ipc/transient';
import type { ApiError, ApiResponse } from '../../shared/api/errors';

/** What became of one call: `ok`, `busy` (a colleague's transaction met it past the retries) or the error's code. */
export type Outcome = string;

/** One operation's calls as a client saw them: every duration, and how each call ended. */
export interface OperationLog {
  times: number[];
  outcomes: Record<Outcome, number>;
}

export type OperationLogs = Record<string, OperationLog>;

/**
 * CONFLICT is two things: the dispatcher's "a colleague was busy with this" after its retries (a
 * transaction that kept meeting another), and a service's own refusal (an invoice credited twice).
 * Only the first is the load's business; the message tells them apart.
 */
function outcomeOf(error: ApiError): Outcome {
  return error.code === 'CONFLICT' && error.message === BUSY_MESSAGE ? 'busy' : error.code;
}

/** A client's dispatch that times every call under a label and counts its outcome. */
export function recordingDispatch(dispatch: Dispatch, logs: OperationLogs) {
  return async function call<T>(label: string, name: string, input: unknown): Promise<ApiResponse<T>> {
    const start = performance.now();
    const response = (await dispatch(name, input)) as ApiResponse<T>;
    const log = (logs[label] ??= { times: [], outcomes: {} });
    log.times.push(performance.now() - start);
    const outcome = response.ok ? 'ok' : outcomeOf(response.error);
    log.outcomes[outcome] = (log.outcomes[outcome] ?? 0) + 1;
    return response;
  };
}

export type RecordingCall = ReturnType<typeof recordingDispatch>;

/** The clients' logs as one: the same operation's calls of every client together. */
export function mergeLogs(all: OperationLogs[]): OperationLogs {
  const merged: OperationLogs = {};
  for (const logs of all) {
    for (const [label, log] of Object.entries(logs)) {
      const into = (merged[label] ??= { times: [], outcomes: {} });
      into.times.push(...log.times);
      for (const [outcome, count] of Object.entries(log.outcomes))
        into.outcomes[outcome] = (into.outcomes[outcome] ?? 0) + count;
    }
  }
  return merged;
}

export interface OperationFigures {
  label: string;
  count: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  outcomes: Record<Outcome, number>;
}

export function figures(logs: OperationLogs, seconds: number): OperationFigures[] {
  return Object.entries(logs).map(([label, log]) => {
    const times = [...log.times].sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    return {
      label,
      count: times.length,
      perSecond: times.length / seconds,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      outcomes: log.outcomes,
    };
  });
}
