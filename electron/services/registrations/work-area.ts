import type { EntityManager } from 'typeorm';
import type { WorkAreaSuggestion } from '../../../shared/api/families';
import {
  normalizePostcode,
  parsePostcodeRanges,
  postcodeDigits,
  rangesContain,
  type PostcodeRange,
} from '../../../shared/domain/postcode';
import { normalizeText } from '../../../shared/domain/text';
import { MunicipalityEntity, type Municipality } from '../../db/entities/Municipality';

/** Finds the active municipality whose werkgebied holds a postcode, or else a place name. */
export class WorkAreas {
  private readonly areas: { municipality: Municipality; ranges: PostcodeRange[]; places: string[] }[];

  private constructor(municipalities: Municipality[]) {
    this.areas = municipalities.map((municipality) => ({
      municipality,
      ranges: parsePostcodeRanges(municipality.postcodeRanges).ranges,
      places: placesOf(municipality),
    }));
  }

  static async load(manager: EntityManager): Promise<WorkAreas> {
    // By id, so that the first of two overlapping werkgebieden wins on both engines.
    return new WorkAreas(await manager.find(MunicipalityEntity, { where: { active: true }, order: { id: 'ASC' } }));
  }

  suggest(postcode: string, place?: string): WorkAreaSuggestion {
    const normalized = normalizePostcode(postcode);
    const digits = normalized ? postcodeDigits(normalized) : null;
    const placeKey = normalizeText(place ?? '').trim();
    const found =
      (digits !== null ? this.areas.find((area) => rangesContain(area.ranges, digits)) : undefined) ??
      (placeKey ? this.areas.find((area) => area.places.includes(placeKey)) : undefined);
    return {
      municipality: found ? { id: found.municipality.id, name: found.municipality.name } : null,
      outsideWorkArea: !found,
    };
  }
}

function placesOf(municipality: Municipality): string[] {
  return [municipality.name, ...(municipality.places ?? '').split(',')]
    .map((p) => normalizeText(p).trim())
    .filter(Boolean);
}
