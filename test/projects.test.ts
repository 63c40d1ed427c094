/**
 * Projects on the real corpus, as entities: one record per project with
 * every mention; every 专栏 item is a project (or an industry direction) with
 * its box; the 开发区 query meets the acceptance of the issue it answers (no
 * project twice, every result tied by a chain whose last quote names the
 * 开发区, direct ties resting on clauses, transitive ties on two links or
 * more, 专栏 8-2's served-by ties), every fact's evidence is the text at its
 * offsets; merged IDs redirect; filters check their arguments; the issue's
 * example sentences split as it says.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { PlanError, boxes, explain as explainProject, getProject, outline, resolveId, tree } from '../src/index.js'
import { buildProjects, readKnowledge } from '../scripts/build/projects.js'
import { readManifest } from '../scripts/build/corpus.js'
import { projectsCsv, projectTiesCsv, PROJECT_CSV_COLUMNS as CSV_COLUMNS, TIE_CSV_COLUMNS } from '../src/export/projects.js'
import { createProjectIndex, explain, projects as query, sectors, places, type ProjectIndex } from '../src/query/projects.js'
import { createStore } from '../src/query/store.js'
import { ProjectSchema, type Evidence, type Project, type Tie } from '../src/schema/project.js'
import { parse } from 'csv-parse/sync'
import path from 'node:path'
import { thrownBy, all, corpusDir, parsedTree } from './helpers.js'

let built: ReturnType<typeof buildProjects>
let index: ProjectIndex
const store = createStore(parsedTree())
const textOf = (id: string): string => {
  const n = store.byId.get(id)
  return n && 'value' in n ? String(n.value) : ''
}
/** Evidence is what the text says at its offsets. */
const checkable = (e: Evidence) => textOf(e.nodeId).slice(e.start, e.end) === e.quote && e.quote.length > 0
const kaifaqu = () => index.places.find((p) => p.id === 'kaifaqu')!
const namesOf = (id: string) => {
  const place = index.places.find((p) => p.id === id)!
  return [place.name, ...place.aliases]
}
const tieTo = (p: Project, place: string): Tie | undefined => p.ties.find((t) => t.to === place)
/** What the CSV exports read beside the projects (src/export/projects.ts). */
const context = () => ({ sectors: sectors(index), places: index.places, outline: outline(), boxes: boxes() })
const norm = (s: string) => s.replace(/[\s“”"‘’]/g, '').replace(/(建设项目|项目)$/, '')

beforeAll(() => {
  built = buildProjects(parsedTree(), corpusDir)
  const k = readKnowledge(corpusDir)
  index = createProjectIndex(built.projects, k.sectors, k.gazetteer)
})

describe('projects are entities', () => {
  it('no two records share a name: canonical names and aliases never collide (duplicates = 0)', () => {
    const owner = new Map<string, string>()
    const collisions: string[] = []
    for (const p of built.projects)
      for (const name of new Set([p.name, ...p.aliases].map(norm))) {
        const other = owner.get(name)
        if (other && other !== p.id) collisions.push(`${name}: ${other} and ${p.id}`)
        owner.set(name, p.id)
      }
    expect(collisions).toEqual([])
  })

  it('every mention belongs to one record, and a record with several names them all', () => {
    const mentionIds = built.projects.flatMap((p) => p.mentions.map((m) => m.id))
    expect(new Set(mentionIds).size).toBe(mentionIds.length)
    const several = built.projects.filter((p) => p.mentions.length > 1)
    expect(several.length).toBeGreaterThan(30)
    for (const p of built.projects) {
      expect(p.mentions[0]).toMatchObject({ id: p.id, nodeId: p.at.nodeId, start: p.at.start, end: p.at.end, raw: p.raw, name: p.name, matched: 'canonical' })
      expect(p.mentions.slice(1).every((m) => m.matched !== 'canonical')).toBe(true)
      for (const m of p.mentions) expect(m.name === p.name || p.aliases.includes(m.name), `${p.id}: ${m.name}`).toBe(true)
    }
  })

  it('a 专栏 item and a paragraph that name one project are one record, the item canonical', () => {
    const park = built.projects.find((p) => p.id === 'box_4-1__item_2__prj')!
    expect(park.mentions.length).toBeGreaterThanOrEqual(3)
    expect(park.mentions.filter((m) => m.kind === 'named').map((m) => m.section)).toEqual(expect.arrayContaining(['chp_4__sec_2', 'chp_10__sec_3']))
    const wuliu = built.projects.find((p) => p.id === 'box_4-2__item_2__prj')!
    expect(wuliu.mentions.map((m) => m.matched)).toEqual(['canonical', 'same-name', 'same-entry', 'names-entry'])
    expect(built.projects.filter((p) => p.name === '智创城' || p.aliases.includes('智创城'))).toHaveLength(1)
  })

  it('each fact keeps the mention that gave it, and its evidence is the text at its offsets', () => {
    for (const p of built.projects) {
      for (const m of p.mentions) {
        expect(textOf(m.nodeId).slice(m.start, m.end), m.id).toBe(m.raw)
        expect(checkable(m.sentence), m.id).toBe(true)
      }
      for (const e of p.sectorEvidence) for (const c of e.clauses) expect(c.mention < p.mentions.length && checkable(c.evidence) && c.words.every((w) => c.from === 'name' || c.evidence.quote.includes(w)), `${p.id} ${c.words}`).toBe(true)
      for (const f of p.placeEvidence) expect(f.mention < p.mentions.length && checkable(f.evidence), `${p.id} ${f.place}`).toBe(true)
      for (const t of p.ties) {
        expect(t.mention).toBeLessThan(p.mentions.length)
        for (const l of t.chain) expect(checkable(l.evidence), `${p.id} -> ${t.to}: ${l.evidence.nodeId} ${l.evidence.quote}`).toBe(true)
      }
    }
  })

  it('sector and place evidence is a clause, not the matched word alone', () => {
    const clauses = built.projects.flatMap((p) => p.sectorEvidence.flatMap((e) => e.clauses.filter((c) => c.from !== 'name')))
    expect(clauses.filter((c) => c.words.includes(c.evidence.quote)).length / clauses.length).toBeLessThan(0.02)
    const facts = built.projects.flatMap((p) => p.placeEvidence)
    for (const f of facts) expect(namesOf(f.place).some((n) => f.evidence.quote.includes(n)), f.evidence.quote).toBe(true)
  })
})

describe('projects tied to the 开发区 (the acceptance)', () => {
  let tied: readonly Project[]
  beforeAll(() => {
    tied = query(index, { tiedTo: '开发区' })
  })

  it('has no two records for one project', () => {
    expect(tied.length).toBeGreaterThan(40)
    const names = tied.flatMap((p) => [...new Set([p.name, ...p.aliases].map(norm))])
    expect(new Set(names).size).toBe(names.length)
    expect(new Set(tied.map((p) => p.id)).size).toBe(tied.length)
  })

  it('every result has a tie whose chain ends in a quote that names the 开发区', () => {
    const names = namesOf('kaifaqu')
    for (const p of tied) {
      const t = tieTo(p, 'kaifaqu')!
      expect(names.some((n) => t.chain.at(-1)!.evidence.quote.includes(n)), `${p.name}: ${t.chain.at(-1)!.evidence.quote}`).toBe(true)
    }
  })

  it('every tie, to any place, ends in a quote that names that place', () => {
    for (const p of built.projects) for (const t of p.ties) expect(namesOf(t.to).some((n) => t.chain.at(-1)!.evidence.quote.includes(n)), `${p.name} -> ${t.to}: ${t.chain.at(-1)!.evidence.quote}`).toBe(true)
  })

  it('every direct tie rests on a clause of ten characters or more that names the place', () => {
    const direct = built.projects.flatMap((p) => p.ties.filter((t) => t.how === 'direct').map((t) => ({ p, t })))
    expect(direct.length).toBeGreaterThan(200)
    for (const { p, t } of direct) {
      expect(t.chain).toHaveLength(1)
      const { quote } = t.chain[0]!.evidence
      expect(quote.length, `${p.name} -> ${t.to}: ${quote}`).toBeGreaterThanOrEqual(10)
      expect(namesOf(t.to).some((n) => quote.includes(n)), `${p.name} -> ${t.to}: ${quote}`).toBe(true)
    }
  })

  it('every transitive tie carries two links or more, each with its node, offsets and quote, from the project to the place', () => {
    const transitive = built.projects.flatMap((p) => p.ties.filter((t) => t.how === 'transitive').map((t) => ({ p, t })))
    expect(transitive.length).toBeGreaterThan(20)
    for (const { p, t } of transitive) {
      expect(t.chain.length, `${p.name} -> ${t.to}`).toBeGreaterThanOrEqual(2)
      expect(t.chain[0]!.from).toBe(p.id)
      expect(t.chain.at(-1)).toMatchObject({ to: t.to, target: 'place' })
      t.chain.forEach((link, k) => {
        expect(link.evidence).toMatchObject({ nodeId: expect.any(String), start: expect.any(Number), end: expect.any(Number), quote: expect.any(String) })
        if (k > 0) expect(link.from).toBe(t.chain[k - 1]!.to)
      })
    }
  })

  it("专栏 8-2: the supply sites are served by the 开发区's centre, with the box's quote; the 一中心 is located in the 开发区", () => {
    const sites = built.projects.filter((p) => p.kind === 'named' && p.at.nodeId.startsWith('box_8-2__item_2__item_') && p.mentions[0]!.boxItem !== undefined)
    const supplied = sites.filter((p) => p.at.nodeId !== 'box_8-2__item_2__item_3__p_1')
    expect(supplied.length).toBeGreaterThanOrEqual(9)
    for (const p of supplied) {
      const t = tieTo(p, 'kaifaqu')
      expect(t, p.name).toBeDefined()
      expect(t).toMatchObject({ relation: 'served-by', how: 'transitive' })
      expect(t!.chain[0]).toMatchObject({ relation: 'served-by', target: 'facility', evidence: { nodeId: expect.stringMatching(/^box_8-2__/), quote: expect.stringContaining('新业态服务中心') } })
      // Each still stands in the township its name gives.
      expect(p.ties.some((x) => x.how === 'direct' && x.relation === 'located-in' && x.to !== 'kaifaqu'), p.name).toBe(true)
    }
    const centre = built.projects.find((p) => p.id === 'box_8-2__item_1__prj')!
    expect(tieTo(centre, 'kaifaqu')).toMatchObject({ relation: 'located-in', how: 'direct', chain: [{ evidence: { nodeId: 'box_8-2__item_1__p_1', quote: expect.stringContaining('以开发区为中心') } }] })
    expect(centre.aliases).toContain('开发区新业态服务中心')
    expect(query(index, { tiedTo: '开发区', relation: 'served-by' })).toEqual(expect.arrayContaining(supplied))
  })

  it('includes every 专栏 item whose own text names the 开发区 outside a serving clause, as direct', () => {
    const naming = query(index, { kind: 'box-item' }).filter((p) => {
      const item = store.byId.get(p.id.replace(/__prj$/, ''))
      return item && item.type === 'boxItem' && item.children.some((c) => c.type === 'paragraph' && namesOf('kaifaqu').some((a) => c.value.replace(/通过开发区新业态服务中心|依靠开发区新业态服务中心/g, '').includes(a)))
    })
    expect(naming.map((p) => p.name)).toEqual(expect.arrayContaining(['霍州市静脉产业园项目', '城东现代商贸物流园区', '数字文化产业发展工程', '经济技术开发区产业布局', '“一中心”']))
    for (const p of naming) expect(tieTo(p, 'kaifaqu')?.how, p.name).toBe('direct')
  })

  it('includes all six items of 专栏 4-3, industry directions tied by the box heading', () => {
    const items = query(index, { box: '4-3', kind: 'direction' })
    expect(items.map((p) => p.name)).toEqual(['节能环保产业', '装备制造产业', '绿色建材产业', '大数据产业', '智能再制造产业', '生物医药产业'])
    for (const p of items) expect(tieTo(p, 'kaifaqu')).toMatchObject({ how: 'context', relation: 'part-of', chain: [{ evidence: { nodeId: 'box_4-3__heading' } }] })
  })

  it('a transitive chain goes through the gazetteer: 专栏 3-1 builds at the 智创基地, which the plan places in the 开发区', () => {
    const item = built.projects.find((p) => p.id === 'box_3-1__item_1__prj')!
    const t = tieTo(item, 'kaifaqu')!
    expect(t.how).toBe('transitive')
    expect(t.chain.map((l) => [l.relation, l.to])).toEqual([
      ['includes', '智创基地'],
      ['located-in', 'kaifaqu']
    ])
    expect(t.chain[0]!.evidence.nodeId).toMatch(/^box_3-1__item_1__/)
    expect(t.chain[1]!.evidence.quote).toContain('智创基地')
  })
})

describe('how and relation', () => {
  it('tiedTo takes every relation; how and relation narrow it to the tie to that place', () => {
    const all_ = query(index, { tiedTo: '开发区' })
    const byHow = (['direct', 'context', 'transitive'] as const).map((how) => query(index, { tiedTo: '开发区', how }))
    expect(byHow.reduce((n, l) => n + l.length, 0)).toBe(all_.length)
    for (const l of byHow) for (const p of l) expect(all_).toContain(p)
    const byRelation = (['located-in', 'part-of', 'served-by', 'partner'] as const).map((relation) => query(index, { tiedTo: '开发区', relation }))
    expect(byRelation.reduce((n, l) => n + l.length, 0)).toBe(all_.length)
    expect(byRelation[0]!.length).toBeGreaterThan(10)
    expect(byRelation[1]!.length).toBeGreaterThan(10)
    expect(byRelation[2]!.length).toBeGreaterThanOrEqual(9)
    expect(query(index, { relation: 'partner' }).map((p) => p.id)).toContain('box_8-2__item_1__prj')
  })

  it('a bad how or relation throws a PlanError naming the argument and the allowed values', () => {
    const how = thrownBy<PlanError>(() => query(index, { tiedTo: '开发区', how: 'near' as never }))
    expect(how).toMatchObject({ code: 'unknown-value', argument: 'filter.how', allowed: ['direct', 'context', 'transitive'] })
    const relation = thrownBy<PlanError>(() => query(index, { relation: 'in' as never }))
    expect(relation).toMatchObject({ code: 'unknown-value', argument: 'filter.relation', allowed: ['located-in', 'part-of', 'served-by', 'partner'] })
    expect(thrownBy<PlanError>(() => query(index, { relation: 3 as never }))).toMatchObject({ code: 'invalid-argument', argument: 'filter.relation' })
  })

  it('directions: false drops the industry directions, and only them', () => {
    const kept = query(index, { tiedTo: '开发区' })
    const dropped = query(index, { tiedTo: '开发区', directions: false })
    expect(kept.length - dropped.length).toBe(6)
    expect(dropped.some((p) => p.kind === 'direction')).toBe(false)
    expect(thrownBy<PlanError>(() => query(index, { directions: 'no' as never }))).toMatchObject({ argument: 'filter.directions', allowed: ['true', 'false'] })
  })

  it('explain prints the chain of a tie, link by link, with quotes and nodes', () => {
    const e = explain(index, 'box_3-1__item_1__prj', '开发区')!
    expect(e.place).toBe('kaifaqu')
    expect(e.text).toMatch(/^创新平台建设工程 includes 智创基地 \(«[^»]*智创基地[^»]*», box_3-1__item_1__p_1 \d+–\d+\) → 智创基地 is in 开发区 \(«[^»]*开发区[^»]*», chp_1__sec_1__measure_2 \d+–\d+\)$/)
    expect(explain(index, 'box_3-1__item_1__prj', '李曹镇')).toBeUndefined()
    expect(thrownBy<PlanError>(() => explain(index, 'chp_1__prj_0000000', '开发区'))).toMatchObject({ code: 'unknown-id', argument: 'projectId' })
    expect(thrownBy<PlanError>(() => explain(index, 'box_3-1__item_1__prj', '火星'))).toMatchObject({ code: 'unknown-value', argument: 'place' })
    // The public function answers from the shipped data, and follows a merged ID.
    expect(explainProject('box_8-2__item_2__item_1__prj', 'kaifaqu')?.text).toMatch(/^互联网农业品牌示范平台 is served by 新业态服务中心 \(«通过开发区新业态服务中心[^»]*», box_8-2__item_2__item_1__p_1 \d+–\d+\) → 新业态服务中心 is in 开发区 /)
  })
})

describe('IDs', () => {
  it('no published project ID disappears: each is a record, or a moved redirect to the record that has it as a mention', () => {
    const manifest = readManifest(path.join(corpusDir, 'project-ids.txt'))
    const current = new Set(built.projects.map((p) => p.id))
    const merged = manifest.filter((id) => !current.has(id))
    expect(merged.length).toBeGreaterThan(30)
    for (const id of merged) {
      const owner = built.projects.find((p) => p.mentions.some((m) => m.id === id))
      expect(owner, id).toBeDefined()
      expect(resolveId(id)).toMatchObject({ status: 'moved', targets: [owner!.id] })
      expect(getProject(id)?.id).toBe(owner!.id)
    }
  })

  it('IDs come from where the canonical mention stands, not from a global counter', () => {
    for (const p of built.projects) expect(p.id.startsWith(p.mentions[0]!.kind === 'box-item' ? p.id.replace(/__prj$/, '') : p.at.nodeId + '__prj_')).toBe(true)
  })
})

describe('box items', () => {
  it('every boxItem of the tree (nested ones too) is a box-item project or an industry direction, with its box', () => {
    const items = all(tree()).filter((n) => n.type === 'boxItem')
    expect(items.length).toBeGreaterThan(70)
    for (const item of items) {
      if (item.type !== 'boxItem') continue
      const p = built.projects.find((x) => x.id === `${item.id}__prj`)
      expect(p, item.id).toBeDefined()
      expect(['box-item', 'direction']).toContain(p!.kind)
      expect(p!.box).toBe(item.box.replace(/^box_/, ''))
    }
    expect(query(index, { kind: 'direction' }).map((p) => p.box)).toEqual(['4-3', '4-3', '4-3', '4-3', '4-3', '4-3'])
  })

  it('the box filter takes 4-3 and box_4-3; the projects a direction names stay projects', () => {
    expect(query(index, { box: 'box_4-3' })).toEqual(query(index, { box: '4-3' }))
    const named = query(index, { box: '4-3', kind: 'named' })
    expect(named.map((p) => p.name)).toEqual(expect.arrayContaining(['高端装备智能制造产业园项目', '兆光绿色建材园区工业固废综合利用项目', '血液制品大楼']))
  })

  it('a project stands in every chapter and 专栏 that names it: the box, chapter and text filters find it by any mention', () => {
    const kangbao = query(index, { text: '山西康宝生物医疗综合体项目' })
    expect(kangbao).toHaveLength(1)
    expect(kangbao[0]!.box).toBeUndefined()
    for (const filter of [{ box: '4-3' }, { chapter: 'chp_4' }, { chapter: 'chp_11' }]) expect(query(index, filter), JSON.stringify(filter)).toContain(kangbao[0])
    for (const p of built.projects)
      for (const m of p.mentions) {
        expect(query(index, { chapter: m.chapter })).toContain(p)
        if (m.box) expect(query(index, { box: m.box })).toContain(p)
      }
  })
})

describe('the issue examples', () => {
  const inSentence = (fragment: string) => {
    const node = all(tree()).find((n) => 'value' in n && typeof n.value === 'string' && n.value.includes(fragment))!
    const at = (node as { value: string }).value.indexOf(fragment)
    return built.projects.flatMap((p) => p.mentions.filter((m) => m.nodeId === node.id && m.kind === 'named' && m.start >= at && m.end <= at + fragment.length))
  }
  it('推进麦田云际…、人民数据超算中心、人民网大数据中心落地 -> three projects', () => {
    expect(inSentence('推进麦田云际分布式存储数据中心项目、人民数据超算中心、人民网大数据中心落地').map((m) => m.name)).toEqual(['麦田云际分布式存储数据中心项目', '人民数据超算中心', '人民网大数据中心'])
  })
  it('加快推进霍州科技智创园标准厂房及医药用品制造项目、经济开发区上乐坪片区基础设施建设项目 -> two', () => {
    const found = inSentence('加快推进霍州科技智创园标准厂房及医药用品制造项目、经济开发区上乐坪片区基础设施建设项目')
    expect(found.map((m) => m.name)).toEqual(['霍州科技智创园标准厂房及医药用品制造项目', '经济开发区上乐坪片区基础设施建设项目'])
    expect(found[0]!.raw).toBe('霍州科技智创园标准厂房及医药用品制造项目')
  })
})

describe('where a project stands, and what it is', () => {
  const named = (nodePrefix: string) => built.projects.filter((p) => p.kind === 'named' && p.at.nodeId.startsWith(nodePrefix))
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
  it('an existing road the plan builds along is not a project', () => {
    expect(built.projects.filter((p) => p.name === '霍东大道')).toEqual([])
  })
  it('an event lends its modifier to the works it is joined to (…博览会和数字化保护工程)', () => {
    const p = named('chp_7__sec_2').find((x) => x.raw === '数字化保护工程')
    expect(p?.name).toBe('霍州非物质文化遗产数字化保护工程')
    expect(named('chp_7__sec_2').some((x) => x.name.includes('博览会'))).toBe(false)
  })
  it('a partner the 一中心 connects (连接霍北现代物流园) is tied as a partner, not as where it stands', () => {
    const centre = built.projects.find((p) => p.id === 'box_8-2__item_1__prj')!
    expect(tieTo(centre, 'huobei-wuliu')).toMatchObject({ relation: 'partner', how: 'direct' })
    expect(tieTo(centre, 'shilin')).toBeUndefined()
  })
})

describe('shape', () => {
  it('every project validates, raw is the text at its offsets, IDs are unique, no error', () => {
    const ids = new Set<string>()
    for (const p of built.projects) {
      ProjectSchema.parse(p)
      expect(ids.has(p.id)).toBe(false)
      ids.add(p.id)
      if (p.at.end > p.at.start) expect(textOf(p.at.nodeId).slice(p.at.start, p.at.end)).toBe(p.raw)
    }
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('every sector given is in the vocabulary and explained by words', () => {
    const known = new Set(sectors(index).map((s) => s.id))
    for (const p of built.projects) {
      for (const s of p.sectors) expect(known.has(s)).toBe(true)
      expect(p.sectorEvidence.map((e) => e.sector)).toEqual(p.sectors)
      for (const e of p.sectorEvidence) expect(e.clauses.length).toBeGreaterThan(0)
    }
  })

  it('results are in document order', () => {
    const order = new Map(built.projects.map((p, i) => [p.id, i]))
    const r = query(index, { sector: 'transport' }).map((p) => order.get(p.id)!)
    expect(r).toEqual([...r].sort((a, b) => a - b))
    expect(r.length).toBeGreaterThan(10)
  })

  it('the projects CSV has the documented columns and one row per project with its mention count', () => {
    const rows = parse(projectsCsv(built.projects, context()), { columns: true, bom: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(built.projects.length)
    expect(rows.map((r) => r.raw)).toEqual(built.projects.map((p) => p.raw))
    expect(rows.map((r) => Number(r.mentions))).toEqual(built.projects.map((p) => p.mentions.length))
  })

  it('the ties CSV has one row per tie with its relation, chain and quotes', () => {
    const rows = parse(projectTiesCsv(built.projects, context()), { columns: true, bom: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0]!)).toEqual([...TIE_CSV_COLUMNS])
    expect(rows).toHaveLength(built.projects.reduce((n, p) => n + p.ties.length, 0))
    const row = rows.find((r) => r.project === 'box_3-1__item_1__prj' && r.place === 'kaifaqu')!
    expect(row).toMatchObject({ place_name: kaifaqu().name, relation: 'located-in', how: 'transitive', links: '2' })
    expect(row.chain).toBe(explain(index, 'box_3-1__item_1__prj', 'kaifaqu')!.text)
    expect(textOf(row.place_node_id!).slice(Number(row.place_start), Number(row.place_end))).toBe(row.place_quote)
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
    expect(k.allowed).toEqual(expect.arrayContaining(['tiedTo', 'how', 'relation', 'directions']))
    expect(err(() => query(index, { kind: 'box' as never })).allowed).toEqual(['box-item', 'named', 'direction'])
    expect(err(() => query(index, { chapter: '4' })).argument).toBe('filter.chapter')
  })
})
