import { EntitySchema } from 'typeorm';

/** One row a year with the last invoice number given out, so numbers run on without gaps. */
export interface InvoiceNumberSequence {
  year: number;
  lastNumber: number;
}

export const InvoiceNumberSequenceEntity = new EntitySchema<InvoiceNumberSequence>({
  name: 'invoice_number_sequence',
  columns: {
    year: { type: 'integer', primary: true },
    lastNumber: { type: 'integer' },
  },
  checks: [{ expression: `"lastNumber" >= 0` }],
});
