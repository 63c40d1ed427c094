/**
 * `search(store, query, options?)`: literal full-text search over the text of
 * the plan (every node with a `value`: headings, paragraphs, measures, 目录
 * entries, table rows and notes, box item paragraphs).
 *
 * Matching is literal, never a regular expression (`a.*b` looks for those
 * four characters), on text normalised the same way on both sides (see
 * normalize.ts: NFKC, case, punctuation variants, whitespace) and converted
 * from traditional to simplified Chinese (a character table derived from
 * OpenCC at build time, src/query/t2s.ts), so that `發展` finds
 * 发展. Hits point into the ORIGINAL `value`: `value.slice(start, end)` is
 * the matched text as printed.
 *
 * The folded text of every node is built once per store, on first search
 * (a WeakMap keyed by the store); a query costs its own fold and conversion
 * and a scan of the prebuilt text.
 */
import { toSimplified } from './t2s.js'
import { PlanError, describe, isArray } from '../errors.js'
import { checkString, optionKeys } from './filter.js'
import type { PlanNode } from '../schema/plan.js'
import type { SearchHit, SearchOptions } from '../schema/search.js'
import { fold, foldQuery, type Folded } from './normalize.js'
import type { Store } from './store.js'
import { visit } from '../util/visit.js'

export type { SearchHit, SearchOptions } from '../schema/search.js'

interface Entry {
  node: PlanNode & { value: string }
  folded: Folded
}

interface Index {
  entries: Entry[]
  /** The types of the nodes that carry text, in first-seen order: what `types` may name. */
  types: string[]
}

const OPTION_KEYS = ['limit', 'types'] as const
const CONTEXT = 20

/** The folded text in simplified characters: the conversion is one character for one, so the offset map stays valid. */
function simplifyAligned(folded: Folded): Folded {
  return { ...folded, text: toSimplified(folded.text) }
}

const indexes = new WeakMap<Store, Index>()

function indexOf(store: Store): Index {
  let index = indexes.get(store)
  if (index) return index
  const entries: Entry[] = []
  const types: string[] = []
  visit<PlanNode>(store.tree, (node) => {
    if ('value' in node && typeof node.value === 'string') {
      entries.push({ node: node as Entry['node'], folded: simplifyAligned(fold(node.value)) })
      if (!types.includes(node.type)) types.push(node.type)
    }
  })
  index = { entries, types }
  indexes.set(store, index)
  return index
}

function snippet(value: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT)
  const to = Math.min(value.length, end + CONTEXT)
  return ((from > 0 ? '…' : '') + value.slice(from, to) + (to < value.length ? '…' : '')).replace(/\s+/g, ' ')
}

function validate(index: Index, query: unknown, options: unknown): { needle: string; limit: number; types: Set<string> | undefined } {
  const needle = toSimplified(foldQuery(checkString(query, 'query')))
  if (needle === '') throw new PlanError('invalid-argument', 'query', `query must contain something other than whitespace, got ${describe(query)}`)
  if (options === undefined) return { needle, limit: Infinity, types: undefined }
  for (const key of optionKeys(options, 'options', OPTION_KEYS))
    if (!(OPTION_KEYS as readonly string[]).includes(key)) throw new PlanError('invalid-argument', `options.${key}`, `options has no key ${JSON.stringify(key)}`, OPTION_KEYS)
  const { limit, types } = options as { limit?: unknown; types?: unknown }
  if (limit !== undefined && !(typeof limit === 'number' && Number.isInteger(limit) && limit > 0))
    throw new PlanError('invalid-argument', 'options.limit', `options.limit must be a positive integer, got ${describe(limit)}`)
  if (types !== undefined) {
    if (types === null || typeof types !== 'object' || !isArray(types)) throw new PlanError('invalid-argument', 'options.types', `options.types must be an array of node types, got ${describe(types)}`, index.types)
    for (const t of types as unknown[])
      if (typeof t !== 'string' || !index.types.includes(t))
        throw new PlanError('unknown-value', 'options.types', `options.types: ${describe(t)} is not a type of node that carries text`, index.types)
  }
  return { needle, limit: (limit as number | undefined) ?? Infinity, types: types ? new Set(types as string[]) : undefined }
}

/** Literal hits of `query` in the plan's text, in document order (and by offset within a node). */
export function search(store: Store, query: string, options?: SearchOptions): SearchHit[] {
  const index = indexOf(store)
  const { needle, limit, types } = validate(index, query, options)
  const hits: SearchHit[] = []
  for (const { node, folded } of index.entries) {
    if (types && !types.has(node.type)) continue
    for (let at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + needle.length)) {
      const start = folded.starts[at]!
      const end = folded.ends[at + needle.length - 1]!
      hits.push({ id: node.id, type: node.type, snippet: snippet(node.value, start, end), start, end })
      if (hits.length >= limit) return hits
    }
  }
  return hits
}
