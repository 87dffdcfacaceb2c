import type { EntityManager } from 'typeorm';
import type { WorkAreaSuggestion } from '../../../shared/api/families';
import { normalizePostcode, parsePostcodeRanges, postcodeDigits, rangesContain } from '../../../shared/domain/postcode';
import { normalizeText } from '../../../shared/domain/text';
import { MunicipalityEntity, type Municipality } from '../../db/entities/Municipality';

/** Finds the active municipality whose werkgebied holds a postcode, or else a place name. */
export class WorkAreas {
  private constructor(private readonly municipalities: Municipality[]) {}

  static async load(manager: EntityManager): Promise<WorkAreas> {
    return new WorkAreas(await manager.findBy(MunicipalityEntity, { active: true }));
  }

  suggest(postcode: string, place?: string): WorkAreaSuggestion {
    const normalized = normalizePostcode(postcode);
    const digits = normalized ? postcodeDigits(normalized) : null;
    const byPostcode = digits === null ? undefined
      : this.municipalities.find((m) => rangesContain(parsePostcodeRanges(m.postcodeRanges).ranges, digits));
    const placeKey = normalizeText(place ?? '').trim();
    const byPlace = byPostcode ?? (placeKey ? this.municipalities.find((m) => placesOf(m).includes(placeKey)) : undefined);
    return {
      municipality: byPlace ? { id: byPlace.id, name: byPlace.name } : null,
      outsideWorkArea: !byPlace,
    };
  }
}

function placesOf(municipality: Municipality): string[] {
  return [municipality.name, ...(municipality.places ?? '').split(',')].map((p) => normalizeText(p).trim()).filter(Boolean);
}
