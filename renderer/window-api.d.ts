import type { OperationName } from '../shared/api/contract';
import type { ApiResponse } from '../shared/api/errors';
import type { LiveChange } from '../shared/api/live';

declare global {
  interface Window {
    /** Exposed by the preload (or, in tests, the bridge): one function per contract operation. */
    api: Record<OperationName, (input: unknown) => Promise<ApiResponse<unknown>>>;
    /** What changed, from this computer's commands and colleagues': `onChange` answers a function that stops it. */
    live: { onChange(callback: (change: LiveChange) => void): () => void };
  }
}
