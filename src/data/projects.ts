/**
 * The projects domain: the projects (projects.json) with the sector
 * vocabulary and the gazetteer their filters check against, indexed
 * (src/query/projects.ts) on the first query, not at import.
 */
import raw from '../generated/projects.json' with { type: 'json' }
import { createProjectIndex, type ProjectIndex } from '../query/projects.js'
import type { Project } from '../schema/project.js'
import { gazetteerFile } from './places.js'
import { redirectRecords } from './redirects.js'
import { sectorsFile } from './sectors.js'

let index: ProjectIndex | undefined

/** The project index, built (and the projects deep-frozen) on first use. */
export function projectIndex(): ProjectIndex {
  return (index ??= createProjectIndex(raw as unknown as Project[], sectorsFile, gazetteerFile, redirectRecords()))
}
