import { mayUse } from '../../shared/api/access';
import type { SignedInDto } from '../../shared/api/accounts';
import { contract, type OperationName } from '../../shared/api/contract';
import { useApiQuery } from '../api';

/** Who is signed in; until the main process answered, nobody (nothing is shown that a role may not use). */
export function useSession(): SignedInDto | undefined {
  const { data } = useApiQuery('session.current', {});
  return data?.signedIn ? data : undefined;
}

/** Whether the signed-in colleague's roles allow an operation: what they cannot use is not shown. */
export function useMayUse(...names: OperationName[]): boolean {
  const session = useSession();
  return session !== undefined && names.every((name) => mayUse(contract[name].access, session.roles));
}
