/** IDs are promises: the committed manifest lists every published ID, and inserting a numbered sibling moves no other. */
import { describe, expect, it } from 'vitest'
import { buildCorpus, checkIds, readManifest } from '../scripts/build/corpus.js'
import { createStore } from '../src/query/store.js'
import * as nodes from '../src/query/nodes.js'
import { RedirectsFileSchema } from '../src/schema/redirects.js'
import { parsePlan } from '../src/parse/index.js'
import { getNode, resolveId } from '../src/index.js'
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
    for (const [file, content] of Object.entries(a.files)) expect(read(file), file).toBe(content)
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
    expect(nodes.resolveId(store, 'chp_1__sec_9')).toEqual({ id: 'chp_1__sec_9', status: 'moved', targets: ['chp_1__sec_2'] })
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
      for (const t of 'moved' in r ? [r.moved] : r.split) expect(getNode(t)?.id).toBe(t)
    }
  })
})
