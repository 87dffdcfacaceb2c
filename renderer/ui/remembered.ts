import { useEffect, useState } from 'react';
import type { z } from 'zod';

const PREFIX = 'buurtgezinnen.';

/**
 * State this computer remembers between sessions, such as a list's last filters: kept in the
 * page's own storage, which stays on this computer and is not shared with colleagues. A stored
 * value that no longer fits its schema (an older version of the app) gives way to `initial`.
 */
export function useRememberedState<T>(key: string, initial: T, schema: z.ZodType<T>) {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = schema.safeParse(JSON.parse(localStorage.getItem(PREFIX + key) ?? 'null'));
      return stored.success ? stored.data : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // A full or blocked storage only means the filters are not remembered.
    }
  }, [key, value]);
  return [value, setValue] as const;
}
