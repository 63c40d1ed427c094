/**
 * The answers of `sectors()` and `places()`, made from the shipped
 * vocabulary and gazetteer. Apart from the project index, so that asking for
 * the vocabulary loads no project; the index makes its own lists with these
 * same functions.
 */
import type { Gazetteer, Place, SectorInfo, SectorsFile } from '../schema/project.js'
import { deepFreeze } from '../util/freeze.js'

/** `id`, `zh`, `en`, `gbt4754` of each sector (the file's keyword hints are the extractor's), deep-frozen. */
export function sectorList(file: SectorsFile): readonly SectorInfo[] {
  return deepFreeze(file.sectors.map(({ id, zh, en, gbt4754 }) => ({ id, zh, en, gbt4754 })))
}

/** The gazetteer's places, copied and deep-frozen. */
export function placeList(gazetteer: Gazetteer): readonly Place[] {
  return deepFreeze(gazetteer.places.map((p) => ({ ...p, aliases: [...p.aliases] })))
}
