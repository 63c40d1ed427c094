/** The Huozhou plan's prebuilt tree, bundled as a module: nothing is read from disk at run time. */
import raw from './generated/plan.json' with { type: 'json' }
import type { Plan } from './schema/plan.js'

export const planTree = raw as unknown as Plan
