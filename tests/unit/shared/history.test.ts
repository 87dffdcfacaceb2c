import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/handlers';
import { recordingDesktop } from '../../../scripts/bridge/desktop';
import type { AuditValue } from '../../../shared/api/audit';
import { showValue, type ShownField } from '../../../shared/api/history/field';
import { CONTRACT_HISTORY, INVOICE_HISTORY } from '../../../shared/api/history/invoicing';
import { MATCH_HISTORY } from '../../../shared/api/history/matches';
import { operationLabel, OPERATION_LABELS } from '../../../shared/api/history/operations';
import { REGISTRATION_HISTORY } from '../../../shared/api/history/registrations';

const paths = { dataFolder: '/data', databaseFile: '/data/buurtgezinnen.sqlite', backupFolder: '/data/backups' };

describe('a history in Dutch', () => {
  it.each<[AuditValue, string, ShownField]>([
    ['final', 'Definitief', INVOICE_HISTORY.status],
    ['partly-paid', 'Deels betaald', INVOICE_HISTORY.paymentState],
    [3_000_000, '€ 30.000,00', INVOICE_HISTORY.amountCents],
    [-1_046_250, '€ -10.462,50', INVOICE_HISTORY.amountCents],
    ['2024-10-31', '31-10-2024', INVOICE_HISTORY.dueDate],
    [7.5, '7,5', CONTRACT_HISTORY.coordinatorHoursPerWeek],
    ['vaste_middag, logeren', 'Vaste middag, Logeren', MATCH_HISTORY.supportKinds],
    [false, 'Nee', REGISTRATION_HISTORY.duplicateSuspected],
    [true, 'Ja', REGISTRATION_HISTORY.duplicateSuspected],
    [null, '(leeg)', INVOICE_HISTORY.sentDate],
    ['', '(leeg)', INVOICE_HISTORY.description],
  ])('shows %j as %j', (value, shown, field) => {
    expect(showValue(field, value)).toBe(shown);
  });

  it('shows an entry written before its field stored codes as it was stored', () => {
    expect(showValue(REGISTRATION_HISTORY.receivedDate, '02-11-2026')).toBe('02-11-2026');
    expect(showValue(REGISTRATION_HISTORY.status, 'Nieuw')).toBe('Nieuw');
  });

  it('names what every audited command did, and nothing else', () => {
    const handlers = createHandlers(paths, recordingDesktop());
    const audited = Object.entries(handlers)
      .filter(([, entry]) => 'audits' in entry)
      .map(([name]) => name);
    expect(Object.keys(OPERATION_LABELS).sort()).toEqual(audited.sort());
    expect(operationLabel('invoices.finalize')).toBe('Definitief gemaakt');
    expect(operationLabel('registrations.changeStatus')).toBe('Status gewijzigd');
  });
});
