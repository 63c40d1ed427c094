/**
 * The shapes `search()` takes and returns. The query module imports only
 * the inferred types, so zod does not load with the default entry.
 */
import { z } from 'zod'
import type { PlanNode } from './plan.js'

const nodeType = z.custom<PlanNode['type']>((v) => typeof v === 'string')

/** The options of `search` (validated by hand, so that each message names the option and its allowed values). */
export const SearchOptionsSchema = z.strictObject({
  /** At most this many hits (a positive integer); all without it. */
  limit: z.number().int().positive().optional(),
  /** Only hits in nodes of these types (types whose nodes carry text: `paragraph`, `measure`, `indicator` …). */
  types: z.array(nodeType).optional()
})

export const SearchHitSchema = z.strictObject({
  id: z.string(),
  type: nodeType,
  /** The match with up to 20 characters of context on each side, `…` where cut, whitespace runs as one space. */
  snippet: z.string(),
  /** Offsets into the node's `value` (the original text): `value.slice(start, end)` is what matched. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative()
})

export type SearchOptions = z.infer<typeof SearchOptionsSchema>
export type SearchHit = z.infer<typeof SearchHitSchema>
