import type { AreaHandlers } from '../handler';
import {
  changeOwnPassword,
  createAccount,
  currentSession,
  listAccounts,
  resetPassword,
  updateAccount,
} from './accounts';

export const accountHandlers = {
  'session.current': { run: currentSession },
  'session.changePassword': { run: changeOwnPassword },
  'accounts.list': { run: listAccounts },
  'accounts.create': { run: createAccount, audits: 'account' },
  'accounts.update': { run: updateAccount, audits: 'account' },
  'accounts.resetPassword': { run: resetPassword, audits: 'account', logsEvent: true },
} satisfies AreaHandlers<'session.' | 'accounts.'>;
