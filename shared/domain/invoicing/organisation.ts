/**
 * How Buurtgezinnen stands towards VAT: outside its scope (`O`, no VAT number may be printed) or
 * exempt (`E`, which needs the VAT number). Codes of the UNCL5305 list used in e-invoices.
 */
export const VAT_CATEGORIES = ['O', 'E'] as const;
export type VatCategory = (typeof VAT_CATEGORIES)[number];

export const VAT_CATEGORY_LABELS: Record<VatCategory, string> = {
  O: 'Buiten de reikwijdte van de btw (geen btw-nummer)',
  E: 'Vrijgesteld van btw (met btw-nummer)',
};

/** Buurtgezinnen's own details as every invoice prints them. */
export interface OrganisationDetails {
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  kvkNumber: string | null;
  iban: string | null;
  bic: string | null;
  vatCategory: VatCategory;
  vatNumber: string | null;
  vatExemptionText: string;
}

/** What is still missing before an invoice can be made final, per field, in Dutch. */
export function sellerGaps(seller: OrganisationDetails): { path: string; message: string }[] {
  const gaps: { path: string; message: string }[] = [];
  const need = (path: keyof OrganisationDetails, label: string) => {
    if (!seller[path]) gaps.push({ path, message: `${label} ontbreekt.` });
  };
  need('street', 'Het adres');
  need('postcode', 'De postcode');
  need('city', 'De plaats');
  need('kvkNumber', 'Het KvK-nummer');
  need('iban', 'Het IBAN');
  if (seller.vatCategory === 'E') need('vatNumber', 'Het btw-nummer (nodig bij vrijstelling van btw)');
  return gaps;
}
