/** The gazetteer (gazetteer.json): what `places()` answers, without the projects. */
import raw from '../generated/gazetteer.json' with { type: 'json' }
import { placeList } from '../query/vocabulary.js'
import type { Gazetteer, Place } from '../schema/project.js'

let places: readonly Place[] | undefined

/** The gazetteer as shipped (the project index reads its places' names and aliases). */
export const gazetteerFile = raw as unknown as Gazetteer

/** The gazetteer's places, deep-frozen on first use. */
export function placeInfos(): readonly Place[] {
  return (places ??= placeList(gazetteerFile))
}
