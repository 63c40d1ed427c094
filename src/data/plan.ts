/**
 * The tree domain: the plan's text tree (plan.json) joined with its tables
 * (./tables.ts) and indexed (src/query/store.ts) on the first query, not at
 * import. What `getNode`, `ancestors`, `boxes`, `text`, `tree`, `search`
 * and the renderers need.
 */
import raw from '../generated/plan.json' with { type: 'json' }
import { createStore, type Store } from '../query/store.js'
import type { Plan } from '../schema/plan.js'
import { deepFreeze } from '../util/freeze.js'
import { redirectRecords } from './redirects.js'
import { joinTables } from './split.js'
import { planTables } from './tables.js'

let store: Store | undefined

/** The whole tree's store: built on first use and shared by every entry that loads this module (the entries freeze each node as they hand it out). */
export function planStore(): Store {
  return (store ??= createStore(joinTables(raw as unknown as Plan, planTables()), redirectRecords()))
}

/**
 * The store with the whole tree deep-frozen first (once): for the renderers
 * and the remark plugin, which read nodes throughout and build pages from
 * them, so that no object of the tree can reach a page unfrozen whatever a
 * renderer copies or shares.
 */
export function frozenPlanStore(): Store {
  const s = planStore()
  deepFreeze(s.tree)
  return s
}
