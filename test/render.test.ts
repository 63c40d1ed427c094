/** Renderers for documentation sites (src/render), on the real corpus. */
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { planTree } from '../src/data.js'
import { PlanError } from '../src/errors.js'
import { parsePlan } from '../src/parse/index.js'
import { createStore } from '../src/query/store.js'
import { toHast, toHtml, toMarkdown, toMdast } from '../src/render/index.js'
import type { Box, PlanNode, Table } from '../src/schema/plan.js'
import { all, read } from './helpers.js'

const store = createStore(planTree)
const planMd = read('corpus/huozhou-14th/plan.md')

/** The tree without `position` (which points into one particular Markdown text). */
function withoutPosition(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPosition)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'position').map(([k, v]) => [k, withoutPosition(v)]))
  return value
}

const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!)

/** Tags open and close in order (the renderer emits no void element but `<hr>`). */
function unbalancedTag(html: string): string | undefined {
  const stack: string[] = []
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
    const [, close, name] = m
    if (name === 'hr' || name === 'br') continue
    if (!close) stack.push(name!)
    else if (stack.pop() !== name) return `</${name}> at ${m.index}`
  }
  return stack.length ? `<${stack.at(-1)}> never closed` : undefined
}

describe('toMarkdown()', () => {
  const parsed = parsePlan(planMd)
  const md = toMarkdown(createStore(structuredClone(parsed.tree)))

  it('renders the whole plan to Markdown that parsePlan reads back to the same tree (positions aside)', () => {
    const again = parsePlan(md)
    expect(again.diagnostics).toEqual([])
    expect(isDeepStrictEqual(withoutPosition(again.tree), withoutPosition(parsed.tree))).toBe(true)
    // The shipped tree is the same tree.
    expect(isDeepStrictEqual(withoutPosition(again.tree), withoutPosition(planTree))).toBe(true)
  })

  it('is stable: Markdown -> tree -> Markdown gives the same bytes', () => {
    expect(toMarkdown(createStore(parsePlan(md).tree))).toBe(md)
  })

  it('writes plan.md byte for byte: its conventions, escapes and the bold inside paragraphs', () => {
    expect(md).toBe(planMd)
  })

  it('keeps the lead of a measure bold with the full stop outside, and a dash before it as text', () => {
    expect(toMarkdown(store, 'chp_4__sec_3__measure_1')).toMatch(/^\*\*明确开发区定位\*\*。把开发区/)
    const dashed = store.byType.get('measure')!.find((m) => m.type === 'measure' && m.value.startsWith('——'))!
    expect(toMarkdown(store, dashed.id)).toMatch(/^——\*\*[^*]+\*\*。/)
  })

  it('renders a box as a blockquote with its caption and item list, and a numbered box item with its number', () => {
    const box = toMarkdown(store, 'box_4-3')
    expect(box.startsWith('> **专栏 4-3 霍州市经济技术开发区产业重点发展方向**\n>\n> - **节能环保产业**。')).toBe(true)
    expect(toMarkdown(store, 'box_9-1__item_10')).toMatch(/^10\. \*\*“光伏\+农旅融合”\*\*。/)
  })
})

describe('toMdast()', () => {
  it('gives chapter headings depth 2 and section headings depth 3, with the node ID for HTML', () => {
    const root = toMdast(store, 'chp_4')
    const headings = root.children.filter((c) => c.type === 'heading')
    expect(headings[0]).toMatchObject({ depth: 2, data: { hProperties: { id: 'chp_4' } } })
    expect(headings.slice(1).every((h) => h.type === 'heading' && h.depth === 3)).toBe(true)
    expect(headings).toHaveLength(1 + 4)
  })

  it('throws PlanError for an unknown or non-string ID', () => {
    expect(() => toMdast(store, 'chp_99')).toThrow(PlanError)
    for (const render of [toMdast, toHast, toHtml, toMarkdown]) {
      try {
        render(store, 'nope')
        expect.unreachable()
      } catch (e) {
        expect(e).toBeInstanceOf(PlanError)
        expect(e).toMatchObject({ code: 'unknown-id', argument: 'id' })
      }
      expect(() => render(store, 42 as unknown as string)).toThrow(/id must be a string/)
    }
  })
})

describe('toHtml()', () => {
  it('renders a section with its ID, its box with the box ID and each of its 6 items', () => {
    const html = toHtml(store, 'chp_4__sec_3')
    expect(html).toContain('<h3 id="chp_4__sec_3">第三节 推动开发区建设，实现弯道超车</h3>')
    expect(html).toMatch(/<aside id="box_4-3"[^>]*>/)
    const box = store.byId.get('box_4-3') as Box
    const items = box.children.filter((c) => c.type === 'boxItem')
    expect(items).toHaveLength(6)
    for (const item of items) expect(html).toContain(`<li id="${item.id}">`)
    const boxHtml = html.slice(html.indexOf('<aside id="box_4-3"'), html.indexOf('</aside>'))
    expect(boxHtml.match(/<li /g)).toHaveLength(6)
    expect(boxHtml).toContain('<strong>节能环保产业</strong>。')
    // Every measure of the section is a deep-link target.
    const section = store.byId.get('chp_4__sec_3')!
    for (const n of all(section)) if (n.type === 'measure' || n.type === 'paragraph') expect(ids(html)).toContain(n.id)
  })

  it('renders 表 1-1 as a <table> with its header rows, grouping rows, group rows and sub-rows', () => {
    const html = toHtml(store, 'table_1-1')
    const table = store.byId.get('table_1-1') as Table
    const count = (type: PlanNode['type']) => table.children.filter((c) => c.type === type).length
    const header = table.children.find((c) => c.type === 'tableHeader')!
    const rows = header.rows.length + count('tableGroup') + count('indicatorGroup') + count('indicator')
    expect(count('tableGroup')).toBe(5)
    expect(count('indicatorGroup')).toBe(7)
    expect(html).toMatch(/<table id="table_1-1">/)
    expect(html.match(/<tr[ >]/g)).toHaveLength(rows)
    expect(html.match(/<thead>[\s\S]*<\/thead>/)![0].match(/<tr[ >]/g)).toHaveLength(header.rows.length)
    expect(html).toContain('<th colspan="2">规划目标</th>')
    expect(html).toContain('<th rowspan="2">指标名称</th>')
    expect(html).toContain('<tr id="table_1-1__grp_1" class="group">\n<td colspan="7">一、经济发展（5 项）</td>\n</tr>')
    expect(html).toContain('<tr id="table_1-1__ind_3" class="indicator-group">')
    expect(html).toContain('<tr id="table_1-1__ind_3__sub_1" class="indicator sub">')
    for (const n of table.children) if (n.type === 'indicator' || n.type === 'tableNote') expect(html).toContain(`id="${n.id}"`)
    // Cell text is unescaped in HTML: `\[2.5\]` in Markdown is [2.5].
    expect(html).toContain('<td>[2.5]</td>')
  })

  it('renders one indicator row as a table with the header rows and that row', () => {
    const html = toHtml(store, 'table_1-1__ind_3__sub_1')
    expect(html.match(/<tr[ >]/g)).toHaveLength(3)
    expect(html).toContain('<td>常住人口城镇化率（%）</td>')
  })

  it('links 目录 entries to their targets', () => {
    expect(toHtml(store, 'toc__chp_4__sec_3')).toContain('<li id="toc__chp_4__sec_3">\n<a href="#chp_4__sec_3">')
  })

  it('renders the whole plan with balanced tags and unique IDs, covering every node but the containers’ own heading nodes', () => {
    const html = toHtml(store)
    expect(unbalancedTag(html)).toBeUndefined()
    const found = ids(html)
    expect(new Set(found).size).toBe(found.length)
    const missing = [...store.byId.values()].filter((n) => !found.includes(n.id))
    // A heading's anchor is the ID of what it opens (<h2 id="chp_4">); the plan and the 红头 header have no element of their own.
    for (const n of missing) expect(n.type === 'heading' || n.id === 'plan' || n.id === 'header').toBe(true)
    for (const n of missing) if (n.type === 'heading') expect(found).toContain(store.parentOf.get(n.id)!.id)
    expect(found.length).toBeGreaterThan(store.byId.size - 80)
  })
})
