/**
 * The search index the search page loads on first use: the library's own
 * `search()` (the public default entry, bundled for the browser with the plan
 * it searches), so that the site folds 全角/半角, punctuation and 繁体 exactly
 * as the library does (`開發區` finds 开发区), plus where each node is on the
 * site. The build writes the site's URLs in as `SITE_TARGETS`.
 */
import { getNode, search } from '../../../src/index.js'

/** node ID -> [URL on the site, where it stands as printed]. */
declare const SITE_TARGETS: Record<string, [string, string]>

export interface Result {
  id: string
  url: string
  where: string
  /** The text around the match, and the match as printed, whitespace runs as one space. */
  before: string
  match: string
  after: string
}

const CONTEXT = 30
const squash = (s: string) => s.replace(/\s+/g, ' ')

/** Every hit of `query` (in document order), the first `limit` of them with their text. */
export function find(query: string, limit = 200): { total: number; results: Result[] } {
  if (query.trim() === '') return { total: 0, results: [] }
  const hits = search(query)
  const results = hits.slice(0, limit).map((hit) => {
    const node = getNode(hit.id)
    const value = node && 'value' in node && typeof node.value === 'string' ? node.value : hit.snippet
    const [url, where] = SITE_TARGETS[hit.id] ?? [`index.html`, '']
    const from = Math.max(0, hit.start - CONTEXT)
    const to = Math.min(value.length, hit.end + CONTEXT)
    return {
      id: hit.id,
      url,
      where,
      before: (from > 0 ? '…' : '') + squash(value.slice(from, hit.start)),
      match: squash(value.slice(hit.start, hit.end)),
      after: squash(value.slice(hit.end, to)) + (to < value.length ? '…' : '')
    }
  })
  return { total: hits.length, results }
}
