/** The Huozhou plan's prebuilt data, bundled as modules: nothing is read from disk at run time. */
import gazetteer from './generated/gazetteer.json' with { type: 'json' }
import projects from './generated/projects.json' with { type: 'json' }
import raw from './generated/plan.json' with { type: 'json' }
import redirects from './generated/redirects.json' with { type: 'json' }
import sectors from './generated/sectors.json' with { type: 'json' }
import type { Plan } from './schema/plan.js'
import type { Gazetteer, Project, SectorsFile } from './schema/project.js'
import type { Redirect } from './schema/redirects.js'

export const planTree = raw as unknown as Plan
export const projectData = projects as unknown as Project[]
export const sectorsData = sectors as unknown as SectorsFile
export const gazetteerData = gazetteer as unknown as Gazetteer
export const redirectData = redirects as unknown as Record<string, Redirect>
