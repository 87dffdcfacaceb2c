import { EntitySchema } from 'typeorm';

/** A municipality a policy covers, when it does not cover all of them. */
export interface InsurancePolicyMunicipality {
  policyId: number;
  municipalityId: number;
}

export const InsurancePolicyMunicipalityEntity = new EntitySchema<InsurancePolicyMunicipality>({
  name: 'insurance_policy_municipality',
  columns: {
    policyId: { type: 'integer', primary: true, foreignKey: { target: 'insurance_policy', onDelete: 'CASCADE' } },
    municipalityId: { type: 'integer', primary: true, foreignKey: { target: 'municipality' } },
  },
});
