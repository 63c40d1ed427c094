/**
 * The projects domain: the projects (projects.json) with the sector
 * vocabulary and the gazetteer their filters check against, indexed
 * (src/query/projects.ts) on the first query, not at import. Looking a
 * project up by ID needs neither the vocabulary nor the gazetteer
 * (`projectLookup`).
 */
import raw from '../generated/projects.json' with { type: 'json' }
import { createProjectIndex, createProjectLookup, type ProjectIndex, type ProjectLookup } from '../query/projects.js'
import type { Project } from '../schema/project.js'
import { gazetteerFile } from './places.js'
import { redirectRecords } from './redirects.js'
import { sectorsFile } from './sectors.js'

let lookup: ProjectLookup | undefined
let index: ProjectIndex | undefined

/** The projects in document order. Not frozen here: the entries freeze what they hand out (src/projects.ts). */
const projectList = (): readonly Project[] => raw as unknown as Project[]

/** Projects by ID and the retired project IDs, built on first use (from the full index when there is one). */
export function projectLookup(): ProjectLookup {
  return (lookup ??= index ?? createProjectLookup(projectList(), redirectRecords()))
}

/** The project index, built on first use. */
export function projectIndex(): ProjectIndex {
  return (index ??= createProjectIndex(projectList(), sectorsFile, gazetteerFile, redirectRecords()))
}
