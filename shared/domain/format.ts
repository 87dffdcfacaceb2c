/** The one way dates, amounts and numbers are shown to users: Dutch notation. */

const money = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const dateTime = new Intl.DateTimeFormat('nl-NL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** `7.5` → `7,5`, `1500` → `1.500`. */
export function formatNumber(value: number): string {
  return decimal.format(value);
}

/** `4185000` → `€ 41.850,00` (amounts are integer cents everywhere). */
export function formatMoney(cents: number): string {
  return money.format(cents / 100).replace(/\u00a0/g, ' ');
}

/** ISO calendar date `2026-03-12` → `12-03-2026`. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}-${month}-${year}`;
}

/** UTC timestamp → local `12-03-2026 14:05`. */
export function formatDateTime(isoTimestamp: string): string {
  return dateTime.format(new Date(isoTimestamp)).replace(',', '');
}

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** ISO calendar date `2026-03-12` → `12 maart 2026`, as letters and contracts write it. */
export function formatLongDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** A file's size in bytes → `820 bytes`, `12,4 kB`, `3,1 MB`. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024) * 10) / 10)} kB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}
