import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { InputOf, OperationName, OutputOf } from '../shared/api/contract';
import type { ApiError } from '../shared/api/errors';
import { isOutdatedBy, kindsChangedBy, type LiveChange } from '../shared/api/live';

/** A refused operation, carrying the one error shape from the main process. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

const UNREACHABLE: ApiError = {
  code: 'INTERNAL',
  message: 'De app kon de gegevens niet bereiken. Sluit de app en start hem opnieuw.',
  issues: [],
};

export async function call<K extends OperationName>(name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  let response;
  try {
    response = await window.api[name](input);
  } catch {
    throw new ApiCallError(UNREACHABLE);
  }
  if (!response.ok) throw new ApiCallError(response.error);
  return response.data as OutputOf<K>;
}

/**
 * `keepPrevious` shows the last answer while a changed filter or search is asked, instead of
 * nothing; `enabled: false` holds the question back (an incomplete form); `refetchInterval` asks
 * again every so many milliseconds.
 */
export function useApiQuery<K extends OperationName>(
  name: K,
  input: InputOf<K>,
  options: { keepPrevious?: boolean; enabled?: boolean; refetchInterval?: number } = {},
) {
  return useQuery({
    queryKey: [name, input],
    queryFn: () => call(name, input),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    enabled: options.enabled,
    refetchInterval: options.refetchInterval,
  });
}

/** A command; on success every question that reads what it changes is asked again. */
export function useApiMutation<K extends OperationName>(name: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<K>) => call(name, input),
    onSuccess: () => refetchOutdated(client, { kinds: kindsChangedBy(name) }),
  });
}

/**
 * Asks again every question the change may have outdated, by the record kinds each declares it
 * reads: after this page's own command, and when `window.live` tells of a colleague's.
 */
export function refetchOutdated(client: QueryClient, change: LiveChange): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => isOutdatedBy(query.queryKey[0] as OperationName, change) });
}
