/**
 * Project IDs: a named project's key comes from its own name, so that a
 * project found or dropped elsewhere changes no other project's ID.
 */
import { PlanError, describe } from '../errors.js'
import { makeId } from './make.js'

/**
 * A named project's ID: the ID of the node it stands in, `__prj_`, and a key
 * derived from the project's own name (FNV-1a, base 36), so that a project
 * found or dropped elsewhere, even in the same paragraph, changes no other
 * project's ID. The same name twice in one node takes `-2`, `-3` … in order.
 * `taken` holds the IDs already given (pass one Set per build).
 */
export function projectId(nodeId: string, name: string, taken?: Set<string>): string {
  if (typeof name !== 'string' || name === '') throw new PlanError('invalid-argument', 'name', `name must be a non-empty string, got ${describe(name)}`)
  let h = 0x811c9dc5
  for (const ch of name.normalize('NFKC')) {
    h ^= ch.codePointAt(0)!
    h = Math.imul(h, 0x01000193) >>> 0
  }
  const base = makeId(nodeId, 'prj', h.toString(36).padStart(7, '0'))
  let id = base
  for (let n = 2; taken?.has(id); n++) id = `${base}-${n}`
  taken?.add(id)
  return id
}

/** Whether an ID is a project's (`…__prj`, `…__prj_<key>`), not a node's. */
export function isProjectId(id: string): boolean {
  return /__prj(?:_[A-Za-z0-9-]+)?$/.test(id)
}
