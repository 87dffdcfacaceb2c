import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OperationName, OutputOf } from '../shared/api/contract';
import type { ApiError } from '../shared/api/errors';

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

/** The area of an operation (`municipalities` of `municipalities.list`): what a change invalidates. */
const areaOf = (name: OperationName) => name.split('.')[0];

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
    queryKey: [areaOf(name), name, input],
    queryFn: () => call(name, input),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    enabled: options.enabled,
    refetchInterval: options.refetchInterval,
  });
}

/** A command; on success every query of the listed areas (by default its own) is fetched again. */
export function useApiMutation<K extends OperationName>(name: K, invalidates: string[] = [areaOf(name)]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<K>) => call(name, input),
    onSuccess: () => Promise.all(invalidates.map((area) => client.invalidateQueries({ queryKey: [area] }))),
  });
}
