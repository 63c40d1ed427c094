/**
 * What one query may cost: its length is bounded (a `PlanError` beyond
 * `MAX_QUERY_LENGTH`, checked before anything is folded) and so is the
 * fold's cache of characters, whatever stream of queries comes. Sizes are
 * asserted, never times.
 */
import { describe, expect, it } from 'vitest'
import { search } from '../src/index.js'
import { PlanError } from '../src/errors.js'
import { FOLD_CACHE_LIMIT, foldCacheSize, foldQuery } from '../src/query/normalize.js'
import { MAX_QUERY_LENGTH } from '../src/query/search.js'
import { thrownBy } from './helpers.js'

/** `count` distinct astral code points from `from` on (two UTF-16 code units each). */
function astral(from: number, count: number): string {
  const out: string[] = []
  for (let k = 0; k < count; k++) out.push(String.fromCodePoint(0x10000 + ((from + k) % 0x100000)))
  return out.join('')
}

describe('search: the query length limit', () => {
  it('takes a query of exactly MAX_QUERY_LENGTH code units', () => {
    expect(MAX_QUERY_LENGTH).toBe(1000)
    expect(search('发展' + ' '.repeat(MAX_QUERY_LENGTH - 2)).length).toBeGreaterThan(0)
  })
  it.each([
    ['one code unit over', 'x'.repeat(MAX_QUERY_LENGTH + 1)],
    ['4 MB of astral characters', astral(0, 2 * 1024 * 1024)],
    ['10 million characters', 'a'.repeat(10_000_000)]
  ])('throws a PlanError naming query and the limit for %s', (_, query) => {
    const e = thrownBy<PlanError>(() => search(query))
    expect(e).toBeInstanceOf(PlanError)
    expect([e.code, e.argument]).toEqual(['invalid-argument', 'query'])
    expect(e.message).toBe(`query must be at most ${MAX_QUERY_LENGTH} characters (UTF-16 code units) long, got one of ${query.length}`)
  })
  it('counts code units, as String.prototype.length does: 500 astral characters are 1000', () => {
    expect(() => search(astral(0, 500))).not.toThrow()
    expect(() => search(astral(0, 501))).toThrow(PlanError)
  })
})

describe('search: the fold cache is bounded', () => {
  it(`never holds more than FOLD_CACHE_LIMIT (${FOLD_CACHE_LIMIT}) characters, however many distinct ones queries bring`, () => {
    search('发展')
    const before = foldCacheSize()
    // The document's own characters that fold to something else are in (folded when the index is built), well under the bound.
    expect(before).toBeGreaterThan(0)
    expect(before).toBeLessThan(FOLD_CACHE_LIMIT)
    // 40 queries at the limit, 500 new astral code points each: 20,000 distinct characters.
    for (let q = 0; q < 40; q++) search(astral(q * 500, 500))
    expect(foldCacheSize()).toBe(FOLD_CACHE_LIMIT)
    // A fold straight through (the 4 MB query the length check now refuses first) leaves it at the bound too.
    foldQuery(astral(100_000, 1024 * 1024))
    expect(foldCacheSize()).toBe(FOLD_CACHE_LIMIT)
  })
  it('folds the same with a full cache as with an empty one', () => {
    for (let q = 0; q < 20; q++) search(astral(q * 500, 500))
    expect(foldCacheSize()).toBe(FOLD_CACHE_LIMIT)
    // Characters folded after the cache filled: full-width, punctuation, case, traditional.
    expect(foldQuery('ＰＭ２．５（“發展”）')).toBe('pm2.5("發展")')
    expect(search('ＰＭ２．５').map((h) => h.id)).toEqual(search('PM2.5').map((h) => h.id))
  })
})
