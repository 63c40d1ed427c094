/**
 * @huozhou/plan: the Huozhou 14th Five-Year Plan outline as a typed,
 * validated unist tree with stable IDs, and queries over prebuilt indexes.
 *
 * Every function lives with its data domain (./tree.ts, ./indicators.ts,
 * ./projects.ts, ./outline.ts), which loads only its own data files and
 * builds its index on the first query. This entry re-exports them all: a
 * bundler keeps only the domains of the functions a page imports (the
 * package has no side effects), and Node loads every domain's data.
 */
import { inFieldOrder, type Outline } from './export/outline.js'
import { isProjectId } from './ids/project.js'
import { projectLookup } from './data/projects.js'
import { planStore } from './data/plan.js'
import { outline as storedOutline } from './outline.js'
import * as q from './query/nodes.js'
import { resolveProjectId } from './query/projects.js'
import type { Resolution } from './schema/redirects.js'
import { deepFreeze } from './util/freeze.js'

let cachedOutline: Outline | undefined

/** The outline: the plan's title, its 13 chapters and 54 sections in order, and the 目录 with page numbers. */
export function outline(): Outline {
  return (cachedOutline ??= deepFreeze(inFieldOrder(storedOutline())))
}

/**
 * Where an ID, a node's or a project's, stands: `current`, `moved` or `split`
 * (with the current IDs it stands for now and why), `withdrawn` (a project
 * the extraction no longer reports because it was not one), or `unknown`.
 */
export function resolveId(id: string): Resolution {
  return typeof id === 'string' && isProjectId(id) ? resolveProjectId(projectLookup(), id) : q.resolveId(planStore(), id)
}

// Each domain entry's functions and the types they take and give, listed once, there.
export * from './tree.js'
export * from './indicators.js'
export * from './projects.js'
// Named here as well: every domain entry re-exports it, and a name two `export *` give is dropped by the bundler (core.js is external to it).
export { PlanError } from './errors.js'
export type { PlanErrorCode } from './errors.js'
export { makeId } from './ids/make.js'
export type { Outline, OutlineChapter, OutlineSection, OutlineTocEntry } from './export/outline.js'
export type { Resolution } from './schema/redirects.js'
export type { Diagnostic } from './schema/diagnostic.js'
export type { Redirect } from './schema/shipped.js'
export type * from './generated/types.js'
