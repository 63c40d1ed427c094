/** The sector vocabulary (sectors.json): what `sectors()` answers, without the projects. */
import raw from '../generated/sectors.json' with { type: 'json' }
import { sectorList } from '../query/vocabulary.js'
import type { SectorInfo, SectorsFile } from '../schema/project.js'

let sectors: readonly SectorInfo[] | undefined

/** The vocabulary file as shipped (the project index reads its keys and labels). */
export const sectorsFile = raw as unknown as SectorsFile

/** `id`, `zh`, `en`, `gbt4754` of each sector, deep-frozen on first use. */
export function sectorInfos(): readonly SectorInfo[] {
  return (sectors ??= sectorList(sectorsFile))
}
