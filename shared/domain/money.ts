/**
 * Reading an amount the way a Dutch user types it: the dot groups thousands, the comma marks the
 * cents. Whatever could mean two amounts (`41.85`, `1,234.56`) is refused with a reason, never
 * guessed: a guess off by a factor 1,000 lands on an invoice.
 */

export type MoneyReading = { ok: true; cents: number | null } | { ok: false; message: string };

const UNREADABLE_MESSAGE = 'Vul een bedrag in euro in, zoals 41.850 of 10.462,50.';
const DOT_MESSAGE = 'Een punt staat voor duizendtallen (41.850); zet een komma voor de centen (41,85).';
const DECIMALS_MESSAGE = 'Een bedrag heeft hoogstens twee cijfers na de komma.';
const NEGATIVE_MESSAGE = 'Het bedrag kan niet negatief zijn.';
const TOO_LARGE_MESSAGE = 'Dit bedrag is te groot.';

/** An optional sign and euro sign in either order, then the amount itself. */
const SHAPE = /^(-)?\s*(?:€\s*)?(-)?\s*(.*)$/;
/** Euros bare (41850) or grouped by threes (41.850), then nothing, `,-`, or a comma and digits. */
const AMOUNT = /^(\d+|\d{1,3}(?:\.\d{3})+)(?:,(-|\d+))?$/;

/** `41.850` → 4185000 cents, `''` → null (no amount). */
export function parseMoney(text: string, options: { negative?: boolean } = {}): MoneyReading {
  const trimmed = text.replace(/\u00a0/g, ' ').trim();
  if (trimmed === '') return { ok: true, cents: null };
  const [, signBefore, signAfter, rest] = SHAPE.exec(trimmed)!;
  if (signBefore && signAfter) return refuse(UNREADABLE_MESSAGE);
  const match = AMOUNT.exec(rest);
  // Only digits and separators, but not in Dutch order: a dot that is no thousands separator.
  if (!match) return refuse(/^[\d.,]+$/.test(rest) && rest.includes('.') ? DOT_MESSAGE : UNREADABLE_MESSAGE);
  const [, euros, fraction = ''] = match;
  if (fraction.length > 2) return refuse(DECIMALS_MESSAGE);
  const digits = fraction === '-' ? '' : fraction;
  const cents = Number(euros.replace(/\./g, '')) * 100 + Number(digits.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return refuse(TOO_LARGE_MESSAGE);
  const negative = Boolean(signBefore || signAfter) && cents !== 0;
  if (negative && !options.negative) return refuse(NEGATIVE_MESSAGE);
  return { ok: true, cents: negative ? -cents : cents };
}

function refuse(message: string): MoneyReading {
  return { ok: false, message };
}
