import { electronicFormatIBAN, friendlyFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';

/** Identifiers on invoices, in the notation the e-invoice wants: no spaces, capitals. */

export function compact(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

/** KvK number: eight digits. */
export function isKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value);
}

/** Government organisation identification number (OIN): twenty digits, for municipalities 00000001…. */
export function isOin(value: string): boolean {
  return /^\d{20}$/.test(value);
}

/** An IBAN with a correct checksum, as `NL91ABNA0417164300`; null when it is not one. */
export function normalizeIban(value: string): string | null {
  const iban = electronicFormatIBAN(value);
  return iban && isValidIBAN(iban) ? iban : null;
}

export function isBic(value: string): boolean {
  return isValidBIC(compact(value));
}

/** Dutch VAT identification number (btw-id), e.g. `NL123456789B01`. */
export function isVatNumber(value: string): boolean {
  return /^NL\d{9}B\d{2}$/.test(value);
}

/** `NL91ABNA0417164300` → `NL91 ABNA 0417 1643 00`, as people read it. */
export function friendlyIban(iban: string): string {
  return friendlyFormatIBAN(iban) ?? iban;
}
