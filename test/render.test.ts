/** Renderers for documentation sites (src/render), on the real corpus. */
import { isDeepStrictEqual } from 'node:util'
import type { Element, Root as HastRoot } from 'hast'
import { toMarkdown as mdastToMarkdown } from 'mdast-util-to-markdown'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { selectAll, select } from 'unist-util-select'
import { visit as unistVisit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { planStore } from '../src/data/plan.js'
import { projectIndex } from '../src/data/projects.js'
import { PlanError } from '../src/errors.js'
import { parsePlan } from '../src/parse/index.js'
import { createStore } from '../src/query/store.js'
import { markdownOptions, planHandlers, toHast, toHtml, toMarkdown, toMdast } from '../src/render/index.js'
import type { Box, PlanNode, Table } from '../src/schema/plan.js'
import { nodes } from '../src/util/visit.js'
import { all, read, thrownBy } from './helpers.js'

const store = planStore()
const planTree = store.tree
const projectData = projectIndex().projects
const planMd = read('corpus/huozhou-14th/plan.md')
const projects = () => projectData

/** The tree without `position` (which points into one particular Markdown text). */
const withoutPosition = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === 'position' ? undefined : v)))

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

/** The hast of `toMdast(id)` rendered by a plain remark-rehype (no handler of ours), and its HTML by rehype-stringify. */
const pipeline = unified().use(remarkRehype).use(rehypeStringify)
async function throughPipeline(id?: string, options?: object): Promise<{ hast: HastRoot; html: string }> {
  const hast = (await pipeline.run(toMdast(store, id, options, projects))) as HastRoot
  return { hast, html: pipeline.stringify(hast) }
}

const elements = (tree: HastRoot | Element, tagName?: string) => nodes(tree as Element, (n): n is Element => n.type === 'element' && (!tagName || n.tagName === tagName))
const span = (cell: Element) => Number(cell.properties.colSpan ?? 1)

/** Each table's shape: its rows in <thead>, and for every row the cells it has, counting colspan. */
function tableShapes(tree: HastRoot) {
  return elements(tree, 'table').map((table) => ({
    head: elements(table, 'thead').flatMap((thead) => elements(thead, 'tr')).length,
    rows: elements(table, 'tr').map((tr) => tr.children.filter((c): c is Element => c.type === 'element').reduce((n, cell) => n + span(cell), 0))
  }))
}

describe('toMdast() in a standard remark-rehype pipeline', () => {
  const tablesAndBoxes = [...(store.byType.get('table') ?? []), ...(store.byType.get('box') ?? [])]

  it('gives every table and box the same rows, cells per row (counting colspan) and <thead> rows as toHtml', async () => {
    expect(tablesAndBoxes).toHaveLength(2 + 18)
    for (const node of tablesAndBoxes) {
      const { hast } = await throughPipeline(node.id)
      const ours = toHast(store, node.id)
      expect(tableShapes(hast), node.id).toEqual(tableShapes(ours))
      expect(elements(hast, 'li').length, node.id).toBe(elements(ours, 'li').length)
    }
  })

  it('gives each plan table its printed shape: every header row in <thead>, every row as wide as the table', async () => {
    for (const table of store.byType.get('table') as Table[]) {
      const { hast } = await throughPipeline(table.id)
      const [shape] = tableShapes(hast)
      const header = table.children.find((c) => c.type === 'tableHeader')!
      const width = header.columns.length
      const bodyRows = table.children.filter((c) => c.type === 'tableGroup' || c.type === 'indicatorGroup' || c.type === 'indicator')
      expect(shape!.head).toBe(header.rows.length)
      expect(shape!.rows).toHaveLength(header.rows.length + bodyRows.length)
      // The first header row and every body row span the whole width; lower header rows hold only what rowspans leave.
      expect([shape!.rows[0], ...shape!.rows.slice(header.rows.length)].every((n) => n === width)).toBe(true)
      expect(elements(hast, 'caption').length + elements(hast, 'figcaption').length).toBe(1)
    }
  })

  it('gives the same HTML as toHtml for every node of the plan, with every option on', async () => {
    const options = { projects: true, linkTo: (id: string, kind: string) => (kind === 'project' ? `/projects/${id}` : undefined), depth: 2 }
    for (const id of [undefined, ...store.byId.keys()]) {
      const { html } = await throughPipeline(id, options)
      expect(html, id).toBe(toHtml(store, id, options, projects))
    }
  })

  it('keeps the Markdown of the plan byte for byte whatever the HTML options (they live in data)', () => {
    const decorated = toMdast(store, undefined, { projects: true, marks: 'link', linkTo: () => '/x' }, projects)
    expect(mdastToMarkdown(decorated, markdownOptions)).toBe(planMd)
  })

  it('is a tree unist tools work on: unist-util-visit and unist-util-select find its tables, figures and IDs', () => {
    const tree = toMdast(store)
    let tables = 0
    unistVisit(tree, 'table', () => void tables++)
    expect(tables).toBe(2)
    expect(selectAll('planFigure', tree)).toHaveLength(2)
    expect(selectAll('planFigure > table', tree)).toHaveLength(2)
    expect(selectAll('blockquote', tree)).toHaveLength(18)
    expect(select('heading[depth="3"]', tree)).toMatchObject({ data: { hProperties: { id: 'chp_1__sec_1' } } })
    expect(isDeepStrictEqual(JSON.parse(JSON.stringify(tree)), tree)).toBe(true)
  })

  it('renders the same with the exported handlers as with mdast-util-to-hast’s default for unknown nodes', async () => {
    const strict = unified().use(remarkRehype, { handlers: planHandlers, unknownHandler: () => { throw new Error('unknown node') } }).use(rehypeStringify)
    const tree = toMdast(store, 'chp_1')
    expect(strict.stringify(await strict.run(tree))).toBe(toHtml(store, 'chp_1'))
  })
})

describe('toHtml()', () => {
  it('renders a section with its ID, its box with the box ID and each of its 6 items', () => {
    const html = toHtml(store, 'chp_4__sec_3')
    expect(html).toContain('<h3 id="chp_4__sec_3" class="plan-section">第三节 推动开发区建设，实现弯道超车</h3>')
    expect(html).toContain('<aside id="box_4-3" class="plan-box" data-box="4-3" aria-labelledby="box_4-3__heading">')
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

  it('renders 表 1-1 as a figure: its caption, a <table> with its header rows, grouping rows, group rows and sub-rows, its notes', () => {
    const html = toHtml(store, 'table_1-1')
    const table = store.byId.get('table_1-1') as Table
    const count = (type: PlanNode['type']) => table.children.filter((c) => c.type === type).length
    const header = table.children.find((c) => c.type === 'tableHeader')!
    const rows = header.rows.length + count('tableGroup') + count('indicatorGroup') + count('indicator')
    expect(count('tableGroup')).toBe(5)
    expect(count('indicatorGroup')).toBe(7)
    expect(html).toMatch(/^<figure id="table_1-1" class="plan-figure"><figcaption id="table_1-1__heading" class="plan-table-caption"><strong>表 1-1 /)
    expect(html).toContain('<table class="plan-table" data-table="1-1" data-period="十三五">')
    expect(html.match(/<tr[ >]/g)).toHaveLength(rows)
    expect(html.match(/<thead>[\s\S]*<\/thead>/)![0].match(/<tr[ >]/g)).toHaveLength(header.rows.length)
    expect(html).toContain('<th colspan="2">规划目标</th>')
    expect(html).toContain('<th rowspan="2">指标名称</th>')
    expect(html).toContain('<tr id="table_1-1__grp_1" class="plan-group">\n<td colspan="7">一、经济发展（5 项）</td>\n</tr>')
    expect(html).toContain('<tr id="table_1-1__ind_3" class="plan-indicator-group">')
    expect(html).toContain('<tr id="table_1-1__ind_3__sub_1" class="plan-indicator plan-sub" data-attribute="预期性" data-period="十三五">')
    for (const n of table.children) if (n.type === 'indicator' || n.type === 'tableNote') expect(html).toContain(`id="${n.id}"`)
    // The notes are inside the figure, after the table.
    expect(html.indexOf('id="table_1-1__note_4"')).toBeGreaterThan(html.indexOf('</table>'))
    expect(html.endsWith('</figure>')).toBe(true)
  })

  it('links footnote marks to the note that defines them (marks: "link", the default), or prints them plain', () => {
    const html = toHtml(store, 'table_1-1')
    const gdp = store.byId.get('table_1-1__ind_1')!
    expect(gdp.type === 'indicator' && gdp.values['2015 年']).toMatchObject({ raw: '69.57**', marks: [{ mark: '**', note: 'table_1-1__note_1' }] })
    expect(html).toContain('<td>69.57<a href="#table_1-1__note_1" class="plan-mark" data-mark="**" title="统计口径调整后数据">**</a></td>')
    expect(html).toContain('<td><a href="#table_1-1__note_1" class="plan-mark" data-mark="[]" title="累计完成数">[2.5]</a></td>')
    // One link per mark the data has.
    const marked = (store.byType.get('indicator') ?? []).flatMap((i) => (i.type === 'indicator' ? Object.values(i.values) : [])).filter((v) => 'marks' in v && v.marks?.some((m) => m.note)).length
    expect(toHtml(store).match(/class="plan-mark"/g)).toHaveLength(marked)
    const plain = toHtml(store, 'table_1-1', { marks: 'plain' })
    expect(plain).not.toContain('plan-mark')
    expect(plain).toContain('<td>69.57**</td>')
    expect(plain).toContain('<td>[2.5]</td>')
  })

  it('marks rows with their attribute and period, so that a site can style or filter the 约束性 ones', () => {
    const html = toHtml(store)
    const binding = (store.byType.get('indicator') ?? []).filter((i) => i.type === 'indicator' && i.attribute === '约束性')
    expect(binding).toHaveLength(28)
    expect(html.match(/<tr [^>]*data-attribute="约束性"/g)).toHaveLength(binding.length)
    expect(html.match(/<aside [^>]*data-box="\d+-\d+"/g)).toHaveLength(18)
  })

  it('renders one indicator row as a table with the header rows and that row', () => {
    const html = toHtml(store, 'table_1-1__ind_3__sub_1')
    expect(html.match(/<tr[ >]/g)).toHaveLength(3)
    expect(html).toContain('<td class="plan-name">常住人口城镇化率（%）</td>')
  })

  it('renders 目录 entries as links without leader dots, the page number in an element of its own', () => {
    const entry = store.byId.get('toc__chp_4__sec_3')!
    expect(entry.type === 'tocEntry' && entry.value).toMatch(/\.{3,}\s*42$/)
    expect(toHtml(store, 'toc__chp_4__sec_3')).toContain('<li id="toc__chp_4__sec_3" class="plan-toc-section"><a href="#chp_4__sec_3">第三节 推动开发区建设，实现弯道超车</a> <span class="plan-toc-page">42</span></li>')
    const toc = toHtml(store, 'toc')
    expect(toc).not.toMatch(/\.\.\./)
    expect(toc.match(/class="plan-toc-page"/g)).toHaveLength(67)
  })

  it('points links where linkTo says: 目录 entries, marks and projects', () => {
    const linkTo = (id: string, kind: string) => (kind === 'project' ? `/projects/${id}.html` : `/chapter-${/^(?:toc__)?chp_(\d+)/.exec(id)?.[1] ?? 'x'}.html#${id}`)
    expect(toHtml(store, 'toc__chp_4__sec_3', { linkTo })).toContain('<a href="/chapter-4.html#chp_4__sec_3">')
    expect(toHtml(store, 'table_1-1', { linkTo })).toContain('href="/chapter-x.html#table_1-1__note_1"')
    expect(toHtml(store, 'box_4-3', { linkTo, projects: true }, projects)).toContain('<a id="box_4-3__item_1__prj" class="plan-project" data-project="box_4-3__item_1__prj" href="/projects/box_4-3__item_1__prj.html">节能环保产业</a>')
    // A project without a page stays a span.
    expect(toHtml(store, 'box_4-3', { linkTo: () => undefined, projects: true }, projects)).toContain('<span id="box_4-3__item_1__prj" class="plan-project" data-project="box_4-3__item_1__prj">')
  })

  it('marks every project mention where its offsets say, with the text it names', () => {
    const html = toHtml(store, undefined, { projects: true }, projects)
    const marked = [...html.matchAll(/<span id="([^"]+)" class="plan-project" data-project="\1">([^<]*)<\/span>/g)]
    const byId = new Map(projectData.map((p) => [p.id, p]))
    expect(new Set(marked.map((m) => m[1])).size).toBe(projectData.length)
    for (const [, id, text] of marked) expect(byId.get(id!)!.raw.includes(text!)).toBe(true)
    // A mention's id is an anchor a projects page can link to: unique beside every node's.
    const found = ids(html)
    expect(new Set(found).size).toBe(found.length)
    expect(toHtml(store)).not.toContain('plan-project')
  })

  it('shifts headings by headingOffset or to a depth, within 1–6', () => {
    expect(toHtml(store, 'chp_4__sec_3', { depth: 1 })).toMatch(/^<h1 id="chp_4__sec_3"/)
    const chapter = toHtml(store, 'chp_4', { depth: 1 })
    expect(chapter).toMatch(/^<h1 id="chp_4"/)
    expect(chapter).toContain('<h2 id="chp_4__sec_3" class="plan-section">')
    expect(toHtml(store, 'chp_4', { headingOffset: 3 })).toContain('<h6 id="chp_4__sec_3"')
    expect(toHtml(store, 'chp_4', { headingOffset: 5 })).toContain('<h6 id="chp_4"')
    expect(toHtml(store, 'chp_4', { headingOffset: -5 })).toContain('<h1 id="chp_4__sec_3"')
  })

  it('leaves out the parts include turns off', () => {
    expect(toHtml(store, 'chp_4__sec_3', { include: { heading: false } })).not.toContain('<h3')
    expect(toHtml(store, 'chp_4__sec_3', { include: { boxes: false } })).not.toContain('<aside')
    const table = toHtml(store, 'table_2-1', { include: { caption: false, notes: false } })
    expect(table).not.toMatch(/figcaption|plan-note/)
    expect(table).not.toContain('role="region"')
    expect(toHtml(store, undefined, { include: { toc: false, tables: false } })).not.toMatch(/plan-toc|<table/)
  })

  it('checks its options like the rest of the API: PlanError naming the option and the allowed values', () => {
    const cases: Array<[unknown, string]> = [
      [{ marks: 'links' }, 'options.marks'],
      [{ colour: 'red' }, 'options'],
      [{ headingOffset: 1.5 }, 'options.headingOffset'],
      [{ depth: 7 }, 'options.depth'],
      [{ depth: 2, headingOffset: 1 }, 'options.depth'],
      [{ projects: 'yes' }, 'options.projects'],
      [{ linkTo: '/x' }, 'options.linkTo'],
      [{ include: { figures: false } }, 'options.include'],
      [{ include: { notes: 0 } }, 'options.include.notes'],
      [[], 'options'],
      ['x', 'options']
    ]
    for (const [options, argument] of cases) {
      const error = thrownBy<PlanError>(() => toHtml(store, 'box_4-3', options, projects))
      expect(error, JSON.stringify(options)).toBeInstanceOf(PlanError)
      expect(error.argument, JSON.stringify(options)).toBe(argument)
    }
    expect(thrownBy<PlanError>(() => toMdast(store, 'x', { marks: 'x' })).code).toBe('unknown-id')
    expect(thrownBy<PlanError>(() => toHtml(store, 'box_4-3', { marks: 'x' })).allowed).toEqual(['link', 'plain'])
    expect(thrownBy<PlanError>(() => toHtml(store, 'box_4-3', { include: { x: true } })).allowed).toContain('notes')
    // linkTo must give a URL.
    expect(thrownBy<PlanError>(() => toHtml(store, 'toc', { linkTo: () => 42 as unknown as string })).argument).toBe('options.linkTo')
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
