import type { FamilyDto, FamilyFormValues } from '../../shared/api/families';
import type { MunicipalityDto, MunicipalityFormValues } from '../../shared/api/municipalities';

/**
 * The edit forms' input from a record as read: everything as it was but the notes, with the version
 * of the copy read. That version is what makes an edit from an older copy be refused (STALE).
 */
export function familyInput(family: FamilyDto, notes: string): FamilyFormValues & { id: number; version: number } {
  return {
    id: family.id,
    version: family.version,
    kind: family.kind,
    street: family.street,
    houseNumber: family.houseNumber,
    houseNumberAddition: family.houseNumberAddition ?? '',
    postcode: family.postcode,
    place: family.place,
    phone: family.phone ?? '',
    email: family.email ?? '',
    municipalityId: family.municipality?.id ?? null,
    notes,
    people: family.people.map(({ id, firstName, lastName, birthDate, role }) => ({
      id,
      firstName,
      lastName,
      birthDate,
      role,
    })),
  };
}

export function municipalityInput(
  municipality: MunicipalityDto,
  notes: string,
): MunicipalityFormValues & { id: number; version: number } {
  return {
    id: municipality.id,
    version: municipality.version,
    name: municipality.name,
    province: municipality.province,
    email: municipality.email ?? '',
    phone: municipality.phone ?? '',
    notes,
    coordinatorIds: municipality.coordinators.map((coordinator) => coordinator.id),
    postcodeRanges: municipality.postcodeRanges,
    places: municipality.places ?? '',
  };
}
