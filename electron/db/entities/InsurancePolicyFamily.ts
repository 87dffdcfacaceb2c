import { EntitySchema } from 'typeorm';

/** A family a policy covers. */
export interface InsurancePolicyFamily {
  policyId: number;
  familyId: number;
}

export const InsurancePolicyFamilyEntity = new EntitySchema<InsurancePolicyFamily>({
  name: 'insurance_policy_family',
  columns: {
    policyId: { type: 'integer', primary: true, foreignKey: { target: 'insurance_policy', onDelete: 'CASCADE' } },
    familyId: { type: 'integer', primary: true, foreignKey: { target: 'family' } },
  },
});
