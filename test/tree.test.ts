/** The acceptance of the corpus + tree issue, on the real corpus. */
import { describe, expect, it } from 'vitest'
import { ancestors, boxes, getNode, outline, PlanError, tables, text, tree } from '../src/index.js'
import { PlanSchema } from '../src/schema/plan.js'
import type { Box, BoxItem } from '../src/index.js'
import { parsePlan } from '../src/parse/index.js'
import { all, read } from './helpers.js'

const markdown = read('corpus/huozhou-14th/plan.md')

describe('outline()', () => {
  const o = outline()
  it('has 13 chapters and 54 sections with their printed labels and titles', () => {
    expect(o.chapters).toHaveLength(13)
    expect(o.chapters.flatMap((c) => c.sections)).toHaveLength(54)
    expect(o.chapters[3]).toMatchObject({ id: 'chp_4', number: 4, label: '第四章', title: '实施非均衡发展战略，打造产业发展新格局' })
    expect(o.chapters[3]!.sections[2]).toMatchObject({ id: 'chp_4__sec_3', label: '第三节', title: '推动开发区建设，实现弯道超车', page: 42 })
    expect(o.chapters.at(-1)).toMatchObject({ label: '第十三章', title: '党建和保障措施' })
  })
  it('numbers chapters 1..13 and each chapter’s sections 1..n, in document order', () => {
    o.chapters.forEach((c, k) => {
      expect(c.number).toBe(k + 1)
      c.sections.forEach((s, j) => expect(s.number).toBe(j + 1))
    })
  })
  it('gives the 目录 as a node with 67 entries and non-decreasing page numbers that match the headings', () => {
    expect(o.toc.entries).toHaveLength(67)
    expect(getNode(o.toc.id)?.type).toBe('toc')
    const headings = o.chapters.flatMap((c) => [c, ...c.sections])
    o.toc.entries.forEach((e, k) => {
      expect(e.target).toBe(headings[k]!.id)
      expect(e.title).toBe(headings[k]!.title)
      if (k > 0) expect(e.page).toBeGreaterThanOrEqual(o.toc.entries[k - 1]!.page)
    })
    expect(o.toc.entries[0]).toMatchObject({ label: '第一章', page: 5 })
    expect(o.toc.entries.at(-1)).toMatchObject({ label: '第三节', title: '规划实施的保障措施', page: 129 })
  })
})

describe('boxes()', () => {
  const list = boxes()
  const items = (b: Box) => b.children.filter((c): c is BoxItem => c.type === 'boxItem')
  it('has the 18 专栏, numbered X-Y under their chapter', () => {
    expect(list.map((b) => b.number)).toEqual(['3-1', '4-1', '4-2', '4-3', '5-1', '5-2', '6-1', '6-2', '6-3', '7-1', '7-2', '7-3', '7-4', '8-1', '8-2', '9-1', '11-1', '11-2'])
    for (const b of list) {
      expect(b.chapter).toBe(`chp_${b.number.split('-')[0]}`)
      expect(b.section).toMatch(new RegExp(`^${b.chapter}__sec_\\d+$`))
      expect(b.title.length).toBeGreaterThan(2)
    }
  })
  it('has the items the document prints', () => {
    const counts = Object.fromEntries(list.map((b) => [b.number, items(b).length]))
    expect(counts).toEqual({
      '3-1': 4, '4-1': 2, '4-2': 2, '4-3': 6, '5-1': 6, '5-2': 3, '6-1': 6, '6-2': 3, '6-3': 5,
      '7-1': 3, '7-2': 3, '7-3': 3, '7-4': 2, '8-1': 3, '8-2': 2, '9-1': 14, '11-1': 4, '11-2': 4
    })
  })
  it('ends 专栏 4-1 and 4-2 where the section’s measures resume', () => {
    const kids = getNode('chp_4__sec_2').children
    const after = (id: string) => kids[kids.findIndex((k) => k.id === id) + 1]
    expect(after('box_4-1')).toMatchObject({ type: 'measure', title: '做长做精煤炭产业链' })
    expect(after('box_4-2')).toMatchObject({ type: 'measure', title: '链接三大城市群' })
  })
  it('nests the three platforms under 专栏 8-2’s “多平台”', () => {
    const [center, platforms] = items(getNode('box_8-2') as Box)
    expect(center!.title).toBe('“一中心”')
    expect(platforms!.title).toBe('“多平台”')
    const nested = platforms!.children.filter((c): c is BoxItem => c.type === 'boxItem')
    expect(nested.map((n) => n.title)).toEqual(['互联网农业品牌示范平台', '新零售服务平台', '城市外环体验式文旅平台'])
    expect(nested[0]!.id).toBe('box_8-2__item_2__item_1')
  })
  it('keeps 专栏 9-1’s printed numbers 1..14', () => {
    const nine = items(getNode('box_9-1') as Box)
    expect(nine.map((n) => n.number)).toEqual(Array.from({ length: 14 }, (_, k) => k + 1))
    expect(nine.every((n) => n.numbered)).toBe(true)
    expect(nine[0]!.title).toBe('国家能源集团霍州发电厂 100MW 光伏电站项目')
  })
})

describe('tables()', () => {
  const [t11, t21] = tables()
  const rows = (t: typeof t11) => t!.children
  it('has 表 1-1 and 表 2-1 with composed column names', () => {
    expect(tables().map((t) => t.label)).toEqual(['表 1-1', '表 2-1'])
    const header = rows(t11).find((c) => c.type === 'tableHeader')!
    expect(header.type === 'tableHeader' && header.columns).toEqual(['指标名称', '2015 年', '规划目标 2020 年', '规划目标 年均增速 [累计]', '进展情况 2020 年', '进展情况 年均增速 [累计]', '属性'])
  })
  it('keeps grouping rows, parent rows and sub-rows apart', () => {
    const count = (t: typeof t11, type: string) => rows(t).filter((r) => r.type === type).length
    expect(count(t11, 'tableGroup')).toBe(5)
    expect(count(t21, 'tableGroup')).toBe(6)
    expect(count(t11, 'indicator')).toBe(39)
    expect(count(t21, 'indicator')).toBe(32)
    const urban = getNode('table_1-1__ind_3')!
    expect(urban).toMatchObject({ type: 'indicatorGroup', name: '城镇化率', category: '经济发展' })
    expect(getNode('table_1-1__ind_3__sub_2')).toMatchObject({ type: 'indicator', name: '户籍人口城镇化率（%）', parent: 'table_1-1__ind_3', attribute: '预期性' })
  })
  it('checks each group’s declared count against its numbered rows', () => {
    for (const t of tables())
      for (const g of t.children)
        if (g.type === 'tableGroup') {
          const numbered = t.children.filter((r) => (r.type === 'indicator' || r.type === 'indicatorGroup') && r.group === g.id && r.number !== undefined)
          expect(numbered.length, `${t.label} ${g.title}`).toBe(g.declaredCount)
        }
  })
  it('keeps the four notes of 表 1-1', () => {
    const notes = rows(t11).filter((r) => r.type === 'tableNote')
    expect(notes.map((n) => n.type === 'tableNote' && n.number)).toEqual([1, 2, 3, 4])
    expect(text('table_1-1__note_4')).toContain('细颗粒物（PM2.5）')
  })
})

describe('nodes and IDs', () => {
  const nodes = all(tree())
  it('gives every node an id, a type and a position; IDs are unique and resolve through getNode', () => {
    const ids = nodes.map((n) => n.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const n of nodes) {
      expect(getNode(n.id)).toBe(n)
      expect(n.position.start.line).toBeGreaterThan(0)
    }
    console.log(`${nodes.length} nodes, all resolved`)
  })
  it('validates against the zod schema', () => {
    expect(PlanSchema.safeParse(tree()).success).toBe(true)
  })
  it('points positions at the node’s own text in plan.md', () => {
    const lines = markdown.split('\n')
    for (const n of nodes) {
      if (n.type !== 'chapter' && n.type !== 'section' && n.type !== 'measure') continue
      const line = lines[n.position.start.line - 1]!
      expect(line).toContain(n.type === 'measure' ? n.title : n.title)
    }
  })
  it('gives ancestors root first', () => {
    expect(ancestors('box_4-3__item_2').map((a) => a.id)).toEqual(['plan', 'chp_4', 'chp_4__sec_3', 'box_4-3'])
    expect(() => ancestors('chp_99')).toThrow(PlanError)
    expect(getNode('chp_99')).toBeUndefined()
  })
  it('gives plain text of a node and of the whole document', () => {
    expect(text('chp_4__sec_3__heading')).toBe('第三节 推动开发区建设，实现弯道超车')
    expect(text()).toContain('霍政发〔2021〕7号')
    expect(text()).toContain('共印200份')
    expect(text('box_4-1')).toContain('霍州市静脉产业园项目')
  })
  it('holds the header, notice, preamble and closing block', () => {
    const top = tree().children.map((c) => c.type)
    expect(top.slice(0, 4)).toEqual(['header', 'notice', 'toc', 'preamble'])
    expect(top.at(-1)).toBe('closing')
    expect(getNode('header')).toMatchObject({ docNumber: '霍政发〔2021〕7号' })
    expect(text('closing')).toMatch(/^抄送：/)
  })
  it('parses to the same tree twice (IDs are a function of the document)', () => {
    expect(parsePlan(markdown).tree).toEqual(parsePlan(markdown).tree)
  })
})
