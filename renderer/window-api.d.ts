import type { OperationName } from '../shared/api/contract';
import type { ApiResponse } from '../shared/api/errors';

declare global {
  interface Window {
    /** Exposed by the preload (or, in tests, the bridge): one function per contract operation. */
    api: Record<OperationName, (input: unknown) => Promise<ApiResponse<unknown>>>;
  }
}
