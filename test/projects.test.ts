/**
 * Projects on the real corpus: every 专栏 item is a project with its box;
 * the 开发区 query returns what the acceptance lists, each tie with
 * evidence quoted from the node it cites; filters check their arguments;
 * the two example sentences split as it says.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { PlanError, tree } from '../src/index.js'
import { buildProjects, readKnowledge } from '../scripts/build/projects.js'
import { projectsCsv, PROJECT_CSV_COLUMNS as CSV_COLUMNS } from '../src/export/projects.js'
import { createProjectIndex, projects as query, sectors, places, type ProjectIndex } from '../src/query/projects.js'
import { createStore } from '../src/query/store.js'
import { ProjectSchema, type Project } from '../src/schema/project.js'
import { parse } from 'csv-parse/sync'
import { thrownBy, all, corpusDir } from './helpers.js'

let built: ReturnType<typeof buildProjects>
let index: ProjectIndex
const store = createStore(tree())
const textOf = (id: string): string => {
  const n = store.byId.get(id)
  return n && 'value' in n ? String(n.value) : ''
}

beforeAll(() => {
  built = buildProjects(tree(), corpusDir)
  const k = readKnowledge(corpusDir)
  index = createProjectIndex(built.projects, k.sectors, k.gazetteer)
})

describe('box items', () => {
  it('every boxItem of the tree (nested ones too) is a box-item project with its box', () => {
    const items = all(tree()).filter((n) => n.type === 'boxItem')
    expect(items.length).toBeGreaterThan(70)
    const boxItems = query(index, { kind: 'box-item' })
    expect(boxItems.length).toBe(items.length)
    for (const item of items) {
      if (item.type !== 'boxItem') continue
      const p = boxItems.find((x) => x.id === `${item.id}__prj`)
      expect(p, item.id).toBeDefined()
      expect(p!.box).toBe(item.box.replace(/^box_/, ''))
    }
    expect(boxItems.some((p) => p.id === 'box_8-2__item_2__item_3__prj')).toBe(true)
  })

  it('the box filter takes 4-3 and box_4-3', () => {
    expect(query(index, { box: '4-3', kind: 'box-item' }).map((p) => p.name)).toEqual(['节能环保产业', '装备制造产业', '绿色建材产业', '大数据产业', '智能再制造产业', '生物医药产业'])
    expect(query(index, { box: 'box_4-3' })).toEqual(query(index, { box: '4-3' }))
  })
})

describe('projects tied to 开发区', () => {
  let tied: readonly Project[]
  beforeAll(() => {
    tied = query(index, { tiedTo: '开发区' })
  })
  const tieOf = (p: Project) => p.ties.find((t) => t.to === 'kaifaqu')!

  it('every tie cites a quote that is in the node it names', () => {
    for (const p of built.projects) for (const t of p.ties) expect(textOf(t.evidence.nodeId), `${p.id} -> ${t.to}`).toContain(t.evidence.quote)
  })

  it('aliases and the ID give the same answer', () => {
    expect(query(index, { tiedTo: 'kaifaqu' })).toEqual(tied)
    expect(query(index, { tiedTo: '经济技术开发区' })).toEqual(tied)
  })

  it('includes every box item whose own text names the 开发区, as direct', () => {
    const aliases = ['开发区', '经济技术开发区', '经济开发区']
    const naming = query(index, { kind: 'box-item' }).filter((p) => {
      const item = store.byId.get(p.id.replace(/__prj$/, ''))
      return item && item.type === 'boxItem' && item.children.some((c) => c.type === 'paragraph' && aliases.some((a) => c.value.includes(a)))
    })
    expect(naming.map((p) => p.name)).toEqual(expect.arrayContaining(['霍州市静脉产业园项目', '城东现代商贸物流园区', '数字文化产业发展工程', '经济技术开发区产业布局']))
    for (const p of naming) {
      expect(tied).toContain(p)
      expect(tieOf(p).how).toBe('direct')
    }
  })

  it('includes all six items of 专栏 4-3, by context of the box title', () => {
    const items = query(index, { box: '4-3', kind: 'box-item' })
    expect(items).toHaveLength(6)
    for (const p of items) {
      expect(tied).toContain(p)
      expect(['direct', 'context']).toContain(tieOf(p).how)
    }
    const ctx = items.map(tieOf).find((t) => t.how === 'context')!
    expect(ctx.evidence.nodeId).toBe('box_4-3__heading')
  })

  it("includes 专栏 6-1's 经济技术开发区产业布局", () => {
    const p = query(index, { box: '6-1', text: '经济技术开发区产业布局' })[0]!
    expect(tieOf(p)).toMatchObject({ how: 'direct', evidence: { quote: '经济技术开发区' } })
  })

  it('includes the named projects of section 4.3', () => {
    const named = built.projects.filter((p) => p.section === 'chp_4__sec_3' && p.kind === 'named' && !p.box)
    expect(named.length).toBeGreaterThanOrEqual(6)
    for (const p of named) expect(tied, p.name).toContain(p)
    expect(named.map((p) => p.name)).toEqual(expect.arrayContaining(['霍州科技智创园标准厂房及医药用品制造项目', '经济开发区上乐坪片区基础设施建设项目', '霍东新型产业园道路建设项目']))
  })

  it('marks transitive ties, through a facility the gazetteer places there (智创基地, 麦田云际)', () => {
    const transitive = tied.filter((p) => tieOf(p).how === 'transitive')
    expect(transitive.length).toBeGreaterThan(5)
    const maitian = tied.find((p) => p.name === '麦田云际分布式存储数据中心项目')!
    expect(tieOf(maitian)).toMatchObject({ how: 'transitive', via: '麦田云际分布式存储数据中心' })
    expect(tieOf(maitian).evidence.quote).toContain('开发区麦田云际')
    // 专栏 3-1's 创新平台建设工程 builds at the 智创基地, which the gazetteer places in the 开发区.
    const viaZhichuang = transitive.filter((p) => tieOf(p).via?.startsWith('智创'))
    expect(viaZhichuang.map((p) => p.id)).toContain('box_3-1__item_1__prj')
    for (const p of transitive) expect(p.name.includes('开发区')).toBe(false)
  })
})

describe('the issue examples', () => {
  const inSentence = (fragment: string) => {
    const node = all(tree()).find((n) => 'value' in n && typeof n.value === 'string' && n.value.includes(fragment))!
    const at = (node as { value: string }).value.indexOf(fragment)
    return built.projects.filter((p) => p.at.nodeId === node.id && p.kind === 'named' && p.at.start >= at && p.at.end <= at + fragment.length)
  }
  it('推进麦田云际…、人民数据超算中心、人民网大数据中心落地 -> three projects', () => {
    expect(inSentence('推进麦田云际分布式存储数据中心项目、人民数据超算中心、人民网大数据中心落地').map((p) => p.name)).toEqual(['麦田云际分布式存储数据中心项目', '人民数据超算中心', '人民网大数据中心'])
  })
  it('加快推进霍州科技智创园标准厂房及医药用品制造项目、经济开发区上乐坪片区基础设施建设项目 -> two', () => {
    const found = inSentence('加快推进霍州科技智创园标准厂房及医药用品制造项目、经济开发区上乐坪片区基础设施建设项目')
    expect(found.map((p) => p.name)).toEqual(['霍州科技智创园标准厂房及医药用品制造项目', '经济开发区上乐坪片区基础设施建设项目'])
    expect(found[0]!.raw).toBe('霍州科技智创园标准厂房及医药用品制造项目')
  })
})

describe('where a project stands, and what it is', () => {
  const named = (nodePrefix: string) => built.projects.filter((p) => p.kind === 'named' && p.at.nodeId.startsWith(nodePrefix))
  const tiedTo = (p: Project, place: string) => p.ties.find((t) => t.to === place)
  it("a project whose own name places it stands there: 专栏 8-2's township supply sites are not tied to the 开发区", () => {
    const sites = named('box_8-2__item_2__item_')
    expect(sites.length).toBeGreaterThanOrEqual(10)
    const [kaifaqu] = index.places.filter((p) => p.kind === 'development-zone')
    for (const p of sites) {
      expect(tiedTo(p, kaifaqu!.id), p.name).toBeUndefined()
      // Each is tied, directly, to the township its name gives.
      const own = index.places.find((pl) => pl.kind !== 'village' && [pl.name, ...pl.aliases].some((w) => p.name.startsWith(w)))
      if (own) expect(tiedTo(p, own.id)?.how, p.name).toBe('direct')
    }
    // The nested box items themselves name the 开发区's service centre in their own text: tied directly.
    for (const id of ['box_8-2__item_2__item_1__prj', 'box_8-2__item_2__item_2__prj']) expect(tiedTo(built.projects.find((p) => p.id === id)!, kaifaqu!.id)?.how).toBe('direct')
  })
  it('each township market of a list is tied to its own township only', () => {
    const markets = built.projects.filter((p) => /^(三教乡|李曹镇|陶唐峪乡|辛置镇)农贸市场$/.test(p.name))
    expect(markets.map((p) => p.name)).toEqual(['三教乡农贸市场', '李曹镇农贸市场', '陶唐峪乡农贸市场', '辛置镇农贸市场'])
    for (const p of markets) expect(p.ties.filter((t) => t.how === 'direct')).toHaveLength(1)
  })
  it('retail is logistics (GB/T 4754 门类 F), as the issue maps it', () => {
    const retail = built.projects.filter((p) => /农贸市场$|商场$|步行街$/.test(p.name))
    expect(retail.length).toBeGreaterThanOrEqual(6)
    for (const p of retail) expect(p.sectors[0], p.name).toBe('logistics')
  })
  it('a list written once with its modifier gives every member the modifier (霍州数字图书馆、文化馆、博物馆、美术馆)', () => {
    expect(named('box_7-4__item_1').map((p) => p.name)).toEqual(expect.arrayContaining(['霍州数字图书馆', '霍州数字文化馆', '霍州数字博物馆', '霍州数字美术馆']))
  })
  it('an existing road the plan builds along is not a project; the same project twice in a unit is one entry', () => {
    expect(built.projects.filter((p) => p.name === '霍东大道')).toEqual([])
    expect(named('chp_3__sec_1').filter((p) => p.name === '智创城')).toHaveLength(1)
  })
  it('an event lends its modifier to the works it is joined to (…博览会和数字化保护工程)', () => {
    const p = named('chp_7__sec_2').find((x) => x.raw === '数字化保护工程')
    expect(p?.name).toBe('霍州非物质文化遗产数字化保护工程')
    expect(named('chp_7__sec_2').some((x) => x.name.includes('博览会'))).toBe(false)
  })
})

describe('shape', () => {
  it('every project validates, raw is the text at its offsets, IDs are unique', () => {
    const ids = new Set<string>()
    for (const p of built.projects) {
      ProjectSchema.parse(p)
      expect(ids.has(p.id)).toBe(false)
      ids.add(p.id)
      if (p.at.end > p.at.start) expect(textOf(p.at.nodeId).slice(p.at.start, p.at.end)).toBe(p.raw)
    }
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('IDs come from where a project stands, not from a global counter', () => {
    for (const p of built.projects) expect(p.id.startsWith(p.kind === 'box-item' ? p.id.replace(/__prj$/, '') : p.at.nodeId + '__prj_')).toBe(true)
  })

  it('every sector given is in the vocabulary and explained by words', () => {
    const known = new Set(sectors(index).map((s) => s.id))
    for (const p of built.projects) {
      for (const s of p.sectors) expect(known.has(s)).toBe(true)
      expect(p.sectorEvidence.map((e) => e.sector)).toEqual(p.sectors)
      for (const e of p.sectorEvidence) expect(e.words.length).toBeGreaterThan(0)
    }
  })

  it('results are in document order', () => {
    const order = new Map(built.projects.map((p, i) => [p.id, i]))
    const r = query(index, { sector: 'transport' }).map((p) => order.get(p.id)!)
    expect(r).toEqual([...r].sort((a, b) => a - b))
    expect(r.length).toBeGreaterThan(10)
  })

  it('the CSV has the documented columns and one row per project, round-tripping through an RFC 4180 parser', () => {
    const rows = parse(projectsCsv(built.projects), { columns: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(built.projects.length)
    expect(rows.map((r) => r.raw)).toEqual(built.projects.map((p) => p.raw))
  })

  it('sectors() and places() give the vocabulary and the gazetteer', () => {
    expect(sectors(index).map((s) => s.id)).toContain('digital')
    expect(sectors(index)[0]).toEqual({ id: 'equipment', zh: '装备制造', en: expect.any(String), gbt4754: ['C'] })
    expect(places(index).find((p) => p.id === 'kaifaqu')?.aliases).toContain('经济技术开发区')
  })
})

describe('filters', () => {
  it('combine by intersection', () => {
    const r = query(index, { chapter: 'chp_4', sector: 'digital', kind: 'named' })
    expect(r.length).toBeGreaterThan(0)
    for (const p of r) expect(p.chapter === 'chp_4' && p.sectors.includes('digital') && p.kind === 'named').toBe(true)
    expect(query(index, { place: '李曹镇' }).every((p) => p.places.includes('licao'))).toBe(true)
  })

  it('mainSector keeps the projects whose first sector it is; sector takes secondary ones too', () => {
    const main = query(index, { mainSector: 'energy' })
    const any = query(index, { sector: 'energy' })
    expect(main).toEqual(built.projects.filter((p) => p.sectors[0] === 'energy'))
    expect(any.length).toBeGreaterThan(main.length)
    expect(main.every((p) => any.includes(p))).toBe(true)
    expect(thrownBy<PlanError>(() => query(index, { mainSector: 'mining' }))).toMatchObject({ code: 'unknown-value', argument: 'filter.mainSector' })
  })

  it('an unknown sector or place names the allowed values', () => {
    const err = (f: () => unknown) => thrownBy<PlanError>(f)
    const s = err(() => query(index, { sector: 'mining' }))
    expect(s).toBeInstanceOf(PlanError)
    expect(s).toMatchObject({ code: 'unknown-value', argument: 'filter.sector' })
    expect(s.allowed).toContain('digital')
    expect(s.message).toContain('energy')
    const p = err(() => query(index, { tiedTo: '火星' }))
    expect(p).toMatchObject({ code: 'unknown-value', argument: 'filter.tiedTo' })
    expect(p.allowed).toContain('kaifaqu')
    expect(err(() => query(index, { place: 'nowhere' })).argument).toBe('filter.place')
    const k = err(() => query(index, { colour: 'red' } as never))
    expect(k).toMatchObject({ code: 'invalid-argument', argument: 'filter' })
    expect(k.allowed).toContain('tiedTo')
    expect(err(() => query(index, { kind: 'box' as never })).allowed).toEqual(['box-item', 'named'])
    expect(err(() => query(index, { chapter: '4' })).argument).toBe('filter.chapter')
  })
})
