/** Retired IDs, of nodes and of projects (redirects.json): where each went, and why. */
import raw from '../generated/redirects.json' with { type: 'json' }
import type { Redirect } from '../schema/redirects.js'
import { deepFreeze } from '../util/freeze.js'

let redirects: Readonly<Record<string, Redirect>> | undefined

/** Retired ID -> its redirect, deep-frozen on first use. */
export function redirectRecords(): Readonly<Record<string, Redirect>> {
  return (redirects ??= deepFreeze(raw as unknown as Record<string, Redirect>))
}
