/** IDs are promises: the committed manifest lists every published ID, and inserting a numbered sibling moves no other. */
import { describe, expect, it } from 'vitest'
import { buildCorpus, readManifest } from '../scripts/build/corpus.js'
import { checkIds } from '../src/ids/manifest.js'
import { createStore } from '../src/query/store.js'
import * as nodes from '../src/query/nodes.js'
import { RedirectsFileSchema } from '../src/schema/redirects.js'
import { redirectTargets } from '../src/ids/redirects.js'
import { isProjectId } from '../src/ids/project.js'
import { parsePlan } from '../src/parse/index.js'
import { getNode, getProject, places, projects, resolveId, sectors } from '../src/index.js'
import { projectId } from '../src/ids/project.js'
import { createProjectIndex, getProject as qGetProject, resolveProjectId } from '../src/query/projects.js'
import { buildProjects } from '../scripts/build/projects.js'
import { all, corpusDir, fixture, read } from './helpers.js'
import path from 'node:path'

describe('ID manifest', () => {
  const manifest = readManifest(path.join(corpusDir, 'ids.txt'))
  it('every ID in corpus/huozhou-14th/ids.txt still resolves', () => {
    expect(manifest.length).toBeGreaterThan(700)
    const missing = manifest.filter((id) => !getNode(id))
    expect(missing).toEqual([])
  })
  it('the build fails, naming the ID, when one disappears', () => {
    const md = read('corpus/huozhou-14th/plan.md').replace(/\n> - \*\*教育资源整合工程\*\*[^\n]*/, '')
    const ids = new Set(all(parsePlan(md).tree).map((n) => n.id))
    const gone = manifest.filter((id) => !ids.has(id))
    expect(gone).toEqual(['box_11-1__item_4', 'box_11-1__item_4__p_1'])
  })
  it('two builds produce byte-identical output, equal to what is committed', () => {
    const a = buildCorpus(corpusDir)
    const b = buildCorpus(corpusDir)
    expect(a.diagnostics).toEqual([])
    expect(a.files).toEqual(b.files)
    expect(a.shipped).toEqual(b.shipped)
    for (const [file, content] of Object.entries(a.files)) expect(read(file), file).toBe(content)
    // The committed module (laid out for review) and the shipped file (compact) hold the same data.
    const modules = Object.entries(a.files).filter(([file]) => file.endsWith('.json'))
    expect(modules.length).toBeGreaterThan(3)
    for (const [file, content] of modules) expect(JSON.parse(content), file).toEqual(JSON.parse(a.shipped[path.basename(file)]!))
  }, 20_000)
})

describe('project IDs', () => {
  const manifest = readManifest(path.join(corpusDir, 'project-ids.txt'))
  const all_ = projects()
  it('every ID in corpus/huozhou-14th/project-ids.txt resolves to that project, or to the one it was merged into', () => {
    const current = new Set(all_.map((p) => p.id))
    expect(all_.every((p) => manifest.includes(p.id))).toBe(true)
    expect(manifest.filter((id) => current.has(id) && getProject(id)?.id !== id)).toEqual([])
    expect(manifest.filter((id) => !current.has(id) && !getProject(id)?.mentions.some((m) => m.id === id))).toEqual([])
    expect(resolveId(manifest[0]!)).toEqual({ id: manifest[0], status: 'current', targets: [manifest[0]] })
  })
  it("a named project's ID is its node's ID and a key of its own name, nothing positional", () => {
    const taken = new Set<string>()
    for (const p of all_) if (p.kind === 'named') expect(projectId(p.at.nodeId, p.name, taken)).toBe(p.id)
    expect(projectId('chp_1', '甲项目')).toMatch(/^chp_1__prj_[0-9a-z]{7}$/)
  })
  it("a project found earlier in the same paragraph changes no other project's ID", () => {
    const md = read('corpus/huozhou-14th/plan.md')
    const inNode = (id: string) => all_.filter((p) => p.kind === 'named' && p.at.nodeId === id)
    const target = all_.find((p) => p.at.nodeId.includes('measure') && inNode(p.at.nodeId).length >= 3)!
    const last = inNode(target.at.nodeId).at(-1)!
    const lines = md.split('\n')
    const k = lines.findIndex((l) => l.includes(last.raw))
    expect(k).toBeGreaterThan(0)
    // Add a project after the measure's bold lead, before all of its projects.
    lines[k] = lines[k]!.replace(/^(\*\*[^*]+\*\*。)/, '$1推进甲乙丙煤机装备制造项目。')
    const edited = lines.join('\n')
    expect(edited).toContain('甲乙丙')
    const before = new Map(all_.map((p) => [p.id, p.name]))
    const after = buildProjects(parsePlan(edited).tree, corpusDir).projects
    const afterIds = new Map(after.map((p) => [p.id, p.name]))
    const lost = [...before.keys()].filter((id) => !afterIds.has(id))
    expect(lost, JSON.stringify(lost.map((id) => before.get(id)))).toEqual([])
    expect(after.length).toBe(all_.length + 1)
    expect(after.some((p) => p.name === '甲乙丙煤机装备制造项目' && p.at.nodeId === target.at.nodeId)).toBe(true)
  })
  it('a withdrawn or moved project ID resolves through its redirect', () => {
    const [a, b] = all_
    const index = createProjectIndex(all_, { sectors: sectors() } as never, { places: places() } as never, {
      'chp_1__p_1__prj_zzzzzzz': { withdrawn: true, why: 'not a project' },
      'chp_1__p_1__prj_yyyyyyy': { moved: b!.id, why: 'name fixed' }
    })
    expect(resolveProjectId(index, 'chp_1__p_1__prj_zzzzzzz')).toEqual({ id: 'chp_1__p_1__prj_zzzzzzz', status: 'withdrawn', targets: [], why: 'not a project' })
    expect(getProject(a!.id)).toBe(a)
    expect(qGetProject(index, 'chp_1__p_1__prj_zzzzzzz')).toBeUndefined()
    expect(qGetProject(index, 'chp_1__p_1__prj_yyyyyyy')?.id).toBe(b!.id)
    expect(checkIds(['x__prj_1'], new Set(), { x__prj_1: { withdrawn: true, why: 'not a project' } }, 'project-ids.txt', 'redirects.json')).toEqual([])
    expect(checkIds(['x__prj_1'], new Set(), {}, 'project-ids.txt', 'redirects.json').map((d) => d.rule)).toEqual(['id-removed'])
  })
})

describe('ID stability (fixture)', () => {
  const base = fixture('mini-plan.md')
  const before = parsePlan(base)
  const text = (md: ReturnType<typeof parsePlan>) => new Map(all(md.tree).map((n) => [n.id, JSON.stringify({ ...n, position: undefined, children: undefined })]))

  it('the fixture parses clean', () => {
    expect(before.diagnostics).toEqual([])
  })

  it.each([
    ['a new section at the end of a chapter', '\n**发展新材料**。推进戊己新材料项目。\n', '\n**发展新材料**。推进戊己新材料项目。\n\n### 第二节 服务业\n\n**发展物流**。建设庚辛物流园。\n', '  - 第一节 工业..... 3\n', '  - 第一节 工业..... 3\n  - 第二节 服务业..... 4\n'],
    ['a new numbered table row with its group count', '| 3 | 森林覆盖率（%） | 20 | \\[5] | 约束性 |', '| 3 | 森林覆盖率（%） | 20 | \\[5] | 约束性 |\n| 4 | 空气质量优良天数比例（%） | 70 | 75 | 约束性 |', '二、绿色生态（1 个）', '二、绿色生态（2 个）'],
    ['a new box after the last box of its chapter', '\n**发展新材料**。', '\n> **专栏 2-2 新材料项目**\n>\n> - **戊项目**。建设戊项目。\n\n**发展新材料**。', '', '']
  ])('inserting %s leaves every other ID and node unchanged', (_name, from, to, from2, to2) => {
    let md = base.replace(from, to)
    if (from2) md = md.replace(from2, to2)
    expect(md).not.toBe(base)
    const after = parsePlan(md)
    expect(after.diagnostics).toEqual([])
    const a = text(before)
    const b = text(after)
    const changed = [...a.keys()].filter((id) => !b.has(id) || (b.get(id) !== a.get(id) && id !== 'table_1-1__grp_2'))
    expect(changed).toEqual([])
    expect(b.size).toBeGreaterThan(a.size)
  })
})

describe('ID policy: retired IDs are redirects', () => {
  it('the build fails on a published ID that is gone without a redirect, and accepts it with one', () => {
    const present = new Set(['chp_1', 'chp_2'])
    const manifest = ['chp_1', 'chp_2', 'chp_3']
    expect(checkIds(manifest, present, {}, 'ids.txt', 'redirects.json')).toMatchObject([{ rule: 'id-removed', file: 'ids.txt', line: 3 }])
    expect(checkIds(manifest, present, { chp_3: { moved: 'chp_2', why: 'renumbered' } }, 'ids.txt', 'redirects.json')).toEqual([])
    expect(checkIds(manifest, present, { chp_3: { split: ['chp_1', 'chp_2'], why: 'split in two' } }, 'ids.txt', 'redirects.json')).toEqual([])
  })
  it('rejects a redirect to nowhere and one that shadows a current ID', () => {
    const present = new Set(['chp_1'])
    expect(checkIds([], present, { chp_3: { moved: 'chp_9', why: 'x' } }, 'ids.txt', 'redirects.json').map((d) => d.rule)).toEqual(['redirect-target-missing'])
    expect(checkIds([], present, { chp_1: { moved: 'chp_1', why: 'x' } }, 'ids.txt', 'redirects.json').map((d) => d.rule)).toEqual(['redirect-shadowed'])
  })
  it('getNode, ancestors and text follow a redirect; resolveId says where an ID went', () => {
    const { tree } = parsePlan(fixture('mini-plan.md'))
    const store = createStore(tree, {
      chp_1__sec_9: { moved: 'chp_1__sec_2', why: 'renumbered' },
      'box_2-7': { split: ['box_2-1__item_1', 'box_2-1__item_2'], why: 'split' }
    } as never)
    expect(nodes.getNode(store, 'chp_1__sec_9')?.id).toBe('chp_1__sec_2')
    expect(nodes.resolveId(store, 'chp_1__sec_9')).toEqual({ id: 'chp_1__sec_9', status: 'moved', targets: ['chp_1__sec_2'], why: 'renumbered' })
    expect(nodes.resolveId(store, 'box_2-7')).toMatchObject({ status: 'split', targets: ['box_2-1__item_1', 'box_2-1__item_2'] })
    expect(nodes.getNode(store, 'box_2-7')?.id).toBe('box_2-1__item_1')
    expect(nodes.ancestors(store, 'chp_1__sec_9').map((n) => n.id)).toEqual(['plan', 'chp_1'])
    expect(nodes.resolveId(store, 'chp_1')).toEqual({ id: 'chp_1', status: 'current', targets: ['chp_1'] })
    expect(nodes.resolveId(store, 'nope')).toEqual({ id: 'nope', status: 'unknown', targets: [] })
  })
  it('the shipped redirects are valid against the shipped tree', () => {
    const redirects = RedirectsFileSchema.parse(JSON.parse(read('corpus/huozhou-14th/redirects.json'))).redirects
    for (const [id, r] of Object.entries(redirects)) {
      expect(resolveId(id).status, id).not.toBe('current')
      for (const t of redirectTargets(r)) expect(isProjectId(t) ? getProject(t)?.id : getNode(t)?.id).toBe(t)
    }
  })
})
