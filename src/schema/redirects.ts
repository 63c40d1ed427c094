/**
 * Retired IDs. Every published ID is a promise: when one must go (the
 * document was renumbered, a node was split), it stays as a redirect that
 * getNode follows, and removing it is a major version.
 */
import { z } from 'zod'

export const RedirectSchema = z.union([
  z.strictObject({ moved: z.string(), why: z.string().min(1) }),
  z.strictObject({ split: z.array(z.string()).min(2), why: z.string().min(1) }),
  // A project the extraction no longer finds because it was not one (a name fixed into another is `moved`).
  z.strictObject({ withdrawn: z.literal(true), why: z.string().min(1) })
])

export const RedirectsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  redirects: z.record(z.string(), RedirectSchema)
})

export type Redirect = z.infer<typeof RedirectSchema>
export type RedirectsFile = z.infer<typeof RedirectsFileSchema>

/** Where an ID stands: current, retired to one node (moved) or to several (split), withdrawn (a project that was not one), or unknown. */
export interface Resolution {
  id: string
  status: 'current' | 'moved' | 'split' | 'withdrawn' | 'unknown'
  /** The current IDs it stands for now (itself when current; none when withdrawn or unknown). */
  targets: string[]
  /** Why it was retired (moved, split, withdrawn). */
  why?: string
}

/** How a redirect resolves. */
export function resolution(id: string, redirect: Redirect | undefined): Resolution {
  if (!redirect) return { id, status: 'unknown', targets: [] }
  if ('moved' in redirect) return { id, status: 'moved', targets: [redirect.moved], why: redirect.why }
  if ('split' in redirect) return { id, status: 'split', targets: [...redirect.split], why: redirect.why }
  return { id, status: 'withdrawn', targets: [], why: redirect.why }
}

/** Where an ID stands among current ones (`byId`) and retired ones (`redirects`). */
export function resolveIn(byId: ReadonlyMap<string, unknown>, redirects: ReadonlyMap<string, Redirect>, id: string): Resolution {
  return byId.has(id) ? { id, status: 'current', targets: [id] } : resolution(id, redirects.get(id))
}

/** The current entry for an ID, following a retired ID to where it moved (the first part of a split). */
export function followIn<T>(byId: ReadonlyMap<string, T>, redirects: ReadonlyMap<string, Redirect>, id: string): T | undefined {
  const found = byId.get(id)
  if (found !== undefined || redirects.size === 0) return found
  const target = resolution(id, redirects.get(id)).targets[0]
  return target === undefined ? undefined : byId.get(target)
}

/** Targets a redirect names (none for a withdrawn project). */
export function redirectTargets(redirect: Redirect): string[] {
  return 'moved' in redirect ? [redirect.moved] : 'split' in redirect ? [...redirect.split] : []
}

/** Whether an ID is a project's (`…__prj`, `…__prj_<key>`), not a node's. */
export function isProjectId(id: string): boolean {
  return /__prj(?:_[A-Za-z0-9-]+)?$/.test(id)
}
