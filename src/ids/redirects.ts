/**
 * Retired IDs at run time: where an ID stands and what it leads to. Kept
 * apart from the zod schema (schema/redirects.ts) so that the query entry
 * points load no validator. The build checks the same policy
 * (./manifest.ts) before anything ships.
 */
import type { Redirect, Resolution } from '../schema/redirects.js'

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
