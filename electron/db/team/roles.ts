import type { Role } from '../../../shared/api/access';

/**
 * The app's roles as group roles of the PostgreSQL server (cluster-wide, so one prefix for all of
 * them). A colleague's own login role is a member of one or more; the grants of each table follow.
 */
export const DATABASE_ROLE_PREFIX = 'buurtgezinnen_';

export function databaseRoleOf(role: Role): string {
  return `${DATABASE_ROLE_PREFIX}${role}`;
}
