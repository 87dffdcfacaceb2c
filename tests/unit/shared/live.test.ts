import { describe, expect, it } from 'vitest';
import { readsOf } from '../../../shared/api/access';
import { contract, operationNames } from '../../../shared/api/contract';
import { isOutdatedBy, kindsChangedBy } from '../../../shared/api/live';

/** The questions a command makes the app ask again, by their declarations alone. */
const refetchedAfter = (command: Parameters<typeof kindsChangedBy>[0]) =>
  operationNames.filter((question) => isOutdatedBy(question, { kinds: kindsChangedBy(command) }));

describe('what a change makes the app ask again, from the declarations', () => {
  it('counts the history among what every command changes, and a question changes nothing', () => {
    expect(kindsChangedBy('registrations.changeStatus')).toEqual(['registration', 'audit']);
    expect(kindsChangedBy('registrations.queue')).toEqual([]);
    expect(kindsChangedBy('presence.open')).toEqual([]);
  });

  it('refetches the queue, the drawer and the history after a status change, and not the invoices', () => {
    const refetched = refetchedAfter('registrations.changeStatus');
    expect(refetched).toEqual(
      expect.arrayContaining(['registrations.queue', 'registrations.get', 'registrations.stats', 'audit.history']),
    );
    expect(refetched).not.toContain('invoices.list');
    expect(refetched).not.toContain('presence.list');
  });

  it("refetches a contract's instalments when an invoice bills them", () => {
    expect(refetchedAfter('invoices.createFromInstalments')).toEqual(
      expect.arrayContaining(['contracts.list', 'contracts.get', 'instalments.due', 'invoices.list']),
    );
  });

  it('lets a colleague opening a drawer refetch only who has what open', () => {
    const refetched = operationNames.filter((question) => isOutdatedBy(question, { kinds: ['presence'] }));
    expect(refetched).toEqual(['presence.open', 'presence.close', 'presence.list']);
  });

  it('refetches every question after a lost connection', () => {
    expect(operationNames.every((question) => isOutdatedBy(question, { everything: true }))).toBe(true);
  });

  it('has the history read by the history list alone', () => {
    expect(operationNames.filter((name) => readsOf(contract[name].access).includes('audit'))).toEqual([
      'audit.history',
    ]);
  });
});
