/**
 * A conflict that goes away when the same work is tried again: two colleagues' transactions met
 * (PostgreSQL's serialization failure or deadlock, a lock not available), or the SQLite file was
 * busy past its timeout. Nothing was written; the transaction rolled back as a whole.
 */
const TRANSIENT_POSTGRES_CODES = new Set(['40001', '40P01', '55P03']);

export function isTransient(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: unknown } })?.driverError ?? error;
  const code = (driverError as { code?: unknown })?.code;
  if (typeof code !== 'string') return false;
  return TRANSIENT_POSTGRES_CODES.has(code) || code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

export const BUSY_MESSAGE =
  'Een collega werkte op hetzelfde moment aan deze gegevens; er is niets opgeslagen. Probeer het over een ogenblik opnieuw.';

/** Tries work up to `attempts` times while it fails for a transient reason, waiting a little longer each time. */
export async function withRetries<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}
