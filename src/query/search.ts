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
 * (a WeakMap keyed by the store), as one string, the nodes' texts joined by
 * a tab (which no folded query holds, so that no hit spans two nodes); a
 * query costs its own fold and conversion and one scan of that text. The map
 * from a node's folded text back to its `value` is made for the nodes a
 * search hits, when it first hits them. A query is at most `MAX_QUERY_LENGTH`
 * code units long, checked before anything is folded, so that no query can
 * cost more than a bounded amount of time and memory; the fold's cache of
 * characters is bounded too (normalize.ts).
 *
 * Options are read as filters are (filter.ts): own properties only.
 */
import { toSimplified } from './t2s.js'
import { PlanError, describe, isArray, quote } from '../errors.js'
import { checkString, ownOptions } from './filter.js'
import type { PlanNode } from '../schema/plan.js'
import type { SearchHit } from '../schema/search.js'
import { endOf, foldAll, foldQuery, type FoldedTexts } from './normalize.js'
import type { Store } from './store.js'
import { visit } from '../util/visit.js'

export type { SearchHit, SearchOptions } from '../schema/search.js'

interface Index {
  /** The nodes that carry text, in document order. */
  nodes: Array<PlanNode & { value: string }>
  /** Their texts folded (and converted to simplified characters) into one, a tab between two. */
  folded: FoldedTexts
  /** The types of the nodes that carry text, in first-seen order: what `types` may name. */
  types: string[]
}

const OPTION_KEYS = ['limit', 'types'] as const
const CONTEXT = 20

/**
 * The longest query `search` takes, in UTF-16 code units (`query.length`):
 * far longer than any sentence one looks for, short enough that a query's
 * fold and scan stay cheap whatever it holds.
 */
export const MAX_QUERY_LENGTH = 1000

const indexes = new WeakMap<Store, Index>()

function indexOf(store: Store): Index {
  let index = indexes.get(store)
  if (index) return index
  const nodes: Index['nodes'] = []
  const types: string[] = []
  visit<PlanNode>(store.tree, (node) => {
    // Own `value` only: a key someone put on Object.prototype is not text of the plan.
    const value: unknown = Object.hasOwn(node, 'value') ? (node as { value?: unknown }).value : undefined
    if (typeof value === 'string') {
      nodes.push(node as Index['nodes'][number])
      if (!types.includes(node.type)) types.push(node.type)
    }
  })
  const folded = foldAll(nodes.map((n) => n.value), '\t')
  // In simplified characters: the conversion is one character for one, so the offsets stay valid.
  index = { nodes, folded: { text: toSimplified(folded.text), bounds: folded.bounds, starts: folded.starts }, types }
  indexes.set(store, index)
  return index
}

function snippet(value: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT)
  const to = Math.min(value.length, end + CONTEXT)
  return ((from > 0 ? '…' : '') + value.slice(from, to) + (to < value.length ? '…' : '')).replace(/\s+/g, ' ')
}

function validate(index: Index, query: unknown, options: unknown): { needle: string; limit: number; types: Set<string> | undefined } {
  const text = checkString(query, 'query')
  if (text.length > MAX_QUERY_LENGTH)
    throw new PlanError('invalid-argument', 'query', `query must be at most ${MAX_QUERY_LENGTH} characters (UTF-16 code units) long, got one of ${text.length}`)
  const needle = toSimplified(foldQuery(text))
  if (needle === '') throw new PlanError('invalid-argument', 'query', `query must contain something other than whitespace, got ${describe(query)}`)
  if (options === undefined) return { needle, limit: Infinity, types: undefined }
  const { limit, types } = ownOptions(options, 'options', OPTION_KEYS, (key) => new PlanError('invalid-argument', `options.${key}`, `options has no key ${quote(key)}`, OPTION_KEYS))
  if (limit !== undefined && !(typeof limit === 'number' && Number.isInteger(limit) && limit > 0))
    throw new PlanError('invalid-argument', 'options.limit', `options.limit must be a positive integer, got ${describe(limit)}`)
  return { needle, limit: (limit as number | undefined) ?? Infinity, types: types === undefined ? undefined : typeSet(index, types) }
}

/** `options.types`: an array of the types of node that carry text, read by index (own elements only: a hole is an error). */
function typeSet(index: Index, types: unknown): Set<string> {
  if (types === null || typeof types !== 'object' || !isArray(types)) throw new PlanError('invalid-argument', 'options.types', `options.types must be an array of node types, got ${describe(types)}`, index.types)
  const list = types as readonly unknown[]
  const out = new Set<string>()
  for (let k = 0; k < list.length; k++) {
    const t = Object.hasOwn(list, k) ? list[k] : undefined
    if (typeof t !== 'string' || !index.types.includes(t)) throw new PlanError('unknown-value', 'options.types', `options.types: ${describe(t)} is not a type of node that carries text`, index.types)
    out.add(t)
  }
  return out
}

/** Literal hits of `query` in the plan's text, in document order (and by offset within a node). */
export function search(store: Store, query: string, options?: unknown): SearchHit[] {
  const index = indexOf(store)
  const { needle, limit, types } = validate(index, query, options)
  const { text, bounds } = index.folded
  const hits: SearchHit[] = []
  // Hits come in document order; `k` follows them to the node each falls in.
  let k = 0
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    while (bounds[k + 1]! <= at) k++
    const node = index.nodes[k]!
    if (types && !types.has(node.type)) continue
    // Back to the original: the offsets of this node's fold, from where the hit falls in it.
    const starts = index.folded.starts(k)
    const start = starts[at - bounds[k]!]!
    const end = endOf(node.value, starts[at - bounds[k]! + needle.length - 1]!)
    hits.push({ id: node.id, type: node.type, snippet: snippet(node.value, start, end), start, end })
    if (hits.length >= limit) return hits
  }
  return hits
}
