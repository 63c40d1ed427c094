/** Full-text search (src/query/search.ts), on the real corpus. */
import { describe, expect, it } from 'vitest'
import { planStore } from '../src/data/plan.js'
import { PlanError } from '../src/errors.js'
import { fold, foldQuery } from '../src/query/normalize.js'
import { search, type SearchHit } from '../src/query/search.js'
import { SearchHitSchema } from '../src/schema/search.js'
import type { PlanNode } from '../src/schema/plan.js'
import { all } from './helpers.js'

const store = planStore()
const order = new Map(all(store.tree).map((n, k) => [n.id, k]))
const valueOf = (hit: SearchHit) => (store.byId.get(hit.id) as PlanNode & { value: string }).value
const key = (hits: SearchHit[]) => hits.map((h) => `${h.id}@${h.start}-${h.end}`)

function expectDocumentOrder(hits: SearchHit[]): void {
  for (let k = 1; k < hits.length; k++) {
    const [a, b] = [hits[k - 1]!, hits[k]!]
    expect(order.get(a.id)! < order.get(b.id)! || (a.id === b.id && a.end <= b.start)).toBe(true)
  }
}

describe('search()', () => {
  const kaifaqu = search(store, '开发区')

  it('finds every literal occurrence, in document order, with offsets into the original text', () => {
    // The count, independently: occurrences of the word in every text node's value.
    const expected = all(store.tree).reduce((n, node) => n + ('value' in node && typeof node.value === 'string' ? node.value.split('开发区').length - 1 : 0), 0)
    expect(expected).toBeGreaterThan(10)
    expect(kaifaqu).toHaveLength(expected)
    expectDocumentOrder(kaifaqu)
    for (const hit of kaifaqu) {
      expect(SearchHitSchema.parse(hit)).toEqual(hit)
      expect(valueOf(hit).slice(hit.start, hit.end)).toBe('开发区')
      expect(hit.snippet).toContain('开发区')
      expect(store.byId.get(hit.id)!.type).toBe(hit.type)
    }
    expect(kaifaqu.map((h) => h.id)).toContain('chp_4__sec_3__heading')
  })

  it('finds traditional characters as their simplified forms', () => {
    expect(search(store, '開發區')).toEqual(kaifaqu)
    expect(key(search(store, '經濟技術開發區'))).toEqual(key(search(store, '经济技术开发区')))
  })

  it('stops at `limit`, keeping the first hits in document order', () => {
    expect(search(store, '开发区', { limit: 3 })).toEqual(kaifaqu.slice(0, 3))
  })

  it('filters by node type', () => {
    const measures = search(store, '开发区', { types: ['measure'] })
    expect(measures.length).toBeGreaterThan(0)
    expect(measures).toEqual(kaifaqu.filter((h) => h.type === 'measure'))
    expect(search(store, '开发区', { types: ['heading', 'tocEntry'] }).map((h) => h.id)).toEqual(['toc__chp_4__sec_3', 'chp_4__sec_3__heading', 'box_4-3__heading'])
  })

  it('matches full-width and half-width forms alike, and points at the text as printed', () => {
    const half = search(store, 'PM2.5')
    expect(half.map((h) => h.id)).toEqual(['table_1-1__ind_24__sub_2', 'table_1-1__note_4'])
    expect(search(store, 'ＰＭ２．５')).toEqual(half)
    expect(search(store, 'pm 2.5')).toEqual(half)
    // `2015 年` is printed with a space in 表 1-1; a query without it finds it, and the offsets cover the space.
    const year = search(store, '2015年', { types: ['tableHeader'] })
    expect(year).toHaveLength(1)
    expect(valueOf(year[0]!).slice(year[0]!.start, year[0]!.end)).toBe('2015 年')
  })

  it('folds punctuation variants', () => {
    const full = search(store, '智慧＋工业')
    expect(full.map((h) => h.id)).toEqual(['toc__chp_8__sec_2', 'chp_8__sec_2__heading'])
    expect(search(store, '智慧+工业')).toEqual(full)
    expect(search(store, '“智慧+工业”')).toEqual(search(store, '"智慧+工业"'))
    // 〔2021〕 as printed, [2021] as typed.
    const doc = search(store, '霍政发[2021]7号')
    expect(doc).toHaveLength(1)
    expect(valueOf(doc[0]!).slice(doc[0]!.start, doc[0]!.end)).toBe('霍政发〔2021〕7号')
    expect(search(store, '一,经济发展(5项)').map((h) => h.id)).toEqual(['table_1-1__grp_1'])
  })

  it('takes regular-expression metacharacters literally', () => {
    expect(search(store, 'a.*b')).toEqual([])
    expect(search(store, '.*')).toEqual([])
    const bracket = search(store, '[2.5]')
    expect(bracket.map((h) => h.id)).toEqual(['table_1-1__ind_3__sub_1', 'table_1-1__ind_24__sub_1'])
    for (const h of bracket) expect(valueOf(h).slice(h.start, h.end)).toBe('[2.5]')
    expect(search(store, '69.57**').map((h) => h.id)).toEqual(['table_1-1__ind_1'])
    expect(search(store, '(').length).toBeGreaterThan(0)
  })

  it('never matches across two table cells', () => {
    // `62.5` and `65` are adjacent cells of one row.
    expect(search(store, '62.565')).toEqual([])
    expect(search(store, '62.5')).not.toEqual([])
  })

  it('has offsets whose text normalises to the query', () => {
    for (const q of ['十四五', '（', 'PM2.5', '“六新”', '霍州']) {
      const hits = search(store, q)
      expect(hits.length).toBeGreaterThan(0)
      for (const h of hits) expect(foldQuery(valueOf(h).slice(h.start, h.end))).toBe(foldQuery(q))
    }
  })

  it('rejects a bad query or option with a PlanError naming it', () => {
    const fails = (f: () => unknown, argument: string, code = 'invalid-argument') => {
      try {
        f()
        expect.unreachable()
      } catch (e) {
        expect(e).toBeInstanceOf(PlanError)
        expect(e).toMatchObject({ argument, code })
      }
    }
    fails(() => search(store, 42 as unknown as string), 'query')
    fails(() => search(store, ''), 'query')
    fails(() => search(store, ' \u3000\t'), 'query')
    fails(() => search(store, 'x', null as unknown as undefined), 'options')
    fails(() => search(store, 'x', { limit: 0 }), 'options.limit')
    fails(() => search(store, 'x', { limit: 1.5 }), 'options.limit')
    fails(() => search(store, 'x', { limit: '3' as unknown as number }), 'options.limit')
    fails(() => search(store, 'x', { types: 'measure' as unknown as ['measure'] }), 'options.types')
    fails(() => search(store, 'x', { types: ['chapter'] }), 'options.types', 'unknown-value')
    fails(() => search(store, 'x', { regex: true } as never), 'options.regex')
    expect(() => search(store, 'x', { types: ['chapter'] })).toThrow(/allowed: .*measure/)
  })
})

describe('fold()', () => {
  it('maps every folded code unit back to its original character', () => {
    const value = '２０１５ 年（ＰＭ２．５）“六新”'
    const f = fold(value)
    expect(f.text).toBe('2015年(pm2.5)"六新"')
    expect(f.starts).toHaveLength(f.text.length)
    expect(value.slice(f.starts[4]!, f.ends[4]!)).toBe('年')
  })
})
