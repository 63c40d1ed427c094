/**
 * A second plan of the genre, an invented county's, as its own corpus folder
 * (test/fixtures/second-plan: source.txt, errata.json, structure.json). It
 * prints the genre's variations that Huozhou's does not: ideographic spaces
 * in headings (第一章　总体要求, 第二节　　产业), 专栏1-1 with no space,
 * half-width group counts (3个), a 序号 column, a box that ends its chapter
 * and runs straight into the next 第X章 line, a page number between the two
 * halves of a paragraph (an erratum). The import and the parser must read it
 * with nothing county-specific in src/.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCorpus } from '../scripts/import/corpus.js'
import { checkPlan } from '../src/parse/check.js'
import { parsePlan } from '../src/parse/index.js'
import { formatDiagnostic } from '../src/schema/diagnostic.js'
import { PlanSchema, type PlanNode } from '../src/schema/plan.js'
import { all, root } from './helpers.js'

const dir = path.join(root, 'test/fixtures/second-plan')
const imported = importCorpus(dir)
const markdown = imported.markdown ?? ''
const result = parsePlan(markdown, { file: 'test/fixtures/second-plan/plan.md' })
const nodes = all(result.tree)
const byId = new Map(nodes.map((n) => [n.id, n] as const))
const ofType = <T extends PlanNode['type']>(type: T) => nodes.filter((n): n is Extract<PlanNode, { type: T }> => n.type === type)
const han = (s: string) => s.replace(/[^\p{Script=Han}]/gu, '')

describe('a second plan of the genre (test/fixtures/second-plan)', () => {
  it('imports to Markdown with its erratum applied and no diagnostics', () => {
    expect(imported.diagnostics.map(formatDiagnostic)).toEqual([])
    expect(markdown).toContain('## 第一章\u3000总体要求')
    expect(markdown).toContain('### 第二节\u3000\u3000产业')
    expect(markdown).toContain('> **专栏1-1 重点项目**')
    // The page number between the halves of a paragraph is gone; the halves are one paragraph.
    expect(markdown).toContain('城乡面貌明显改善，人民生活水平不断提高')
    expect(markdown).not.toMatch(/^13$/m)
    // The box that ends chapter 1 does not swallow the heading after it.
    expect(markdown).toMatch(/新建小型水库2座。\n\n## 第二章\u3000产业发展\n/)
    // Markup only: the Han text of the corrected source reaches the Markdown whole.
    expect(han(markdown)).toBe(han(imported.corrected))
  })

  it('parses with ok: true, a valid tree and no diagnostics at all', () => {
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([])
    expect(result.ok).toBe(true)
    expect(PlanSchema.safeParse(result.tree).success).toBe(true)
    expect(checkPlan(result.tree)).toEqual([])
  })

  it('its 目录 matches its headings, entry by entry', () => {
    const toc = ofType('tocEntry')
    expect(toc.map((e) => [e.target, e.page])).toEqual([
      ['chp_1', 1],
      ['chp_1__sec_1', 1],
      ['chp_1__sec_2', 3],
      ['chp_2', 4],
      ['chp_2__sec_1', 4],
      ['chp_2__sec_2', 5],
      ['chp_2__sec_3', 6]
    ])
    for (const e of toc) expect(byId.get(e.target)?.type).toBe(e.level)
  })

  it('has the right numbers of chapters, sections, boxes, items and table rows', () => {
    const count = (type: PlanNode['type']) => ofType(type).length
    expect({
      chapter: count('chapter'),
      section: count('section'),
      box: count('box'),
      boxItem: count('boxItem'),
      table: count('table'),
      tableGroup: count('tableGroup'),
      indicatorGroup: count('indicatorGroup'),
      indicator: count('indicator'),
      tableNote: count('tableNote'),
      measure: count('measure')
    }).toEqual({ chapter: 2, section: 5, box: 2, boxItem: 5, table: 1, tableGroup: 2, indicatorGroup: 1, indicator: 6, tableNote: 2, measure: 4 })
  })

  it('takes its IDs, labels and titles from its own numbering', () => {
    const sec = byId.get('chp_2__sec_2')
    expect(sec).toMatchObject({ type: 'section', number: 2, label: '第二节', title: '产业' })
    expect(byId.get('chp_1__sec_2')).toMatchObject({ type: 'section', title: '主要目标' })
    expect(byId.get('chp_1')).toMatchObject({ type: 'chapter', label: '第一章', title: '总体要求' })
    expect(byId.get('box_1-1')).toMatchObject({ type: 'box', label: '专栏 1-1', title: '重点项目', chapter: 'chp_1', section: 'chp_1__sec_2' })
    expect(ofType('boxItem').filter((i) => i.box === 'box_1-1').map((i) => [i.id, i.numbered, i.title])).toEqual([
      ['box_1-1__item_1', true, '交通项目'],
      ['box_1-1__item_2', true, '水利项目']
    ])
    expect(byId.get('box_2-1')).toMatchObject({ section: 'chp_2__sec_2' })
    expect(ofType('boxItem').filter((i) => i.box === 'box_2-1').map((i) => i.title)).toEqual(['新材料产业园', '农产品加工园', '循环经济园'])
    // The measure after the box belongs to the section, not to the box (structure.json: endBefore).
    expect(ofType('measure').map((m) => m.title)).toEqual(['综合实力明显增强', '生态环境持续改善', '培育主导产业', '壮大市场主体'])
  })

  it('reads the table: half-width group counts, a 序号 column, a parent row with sub-rows, notes', () => {
    expect(ofType('tableGroup').map((g) => [g.id, g.title, g.declaredCount])).toEqual([
      ['table_1-1__grp_1', '经济发展', 3],
      ['table_1-1__grp_2', '生态环境', 2]
    ])
    expect(byId.get('table_1-1__ind_2')).toMatchObject({ type: 'indicatorGroup', name: '城镇化率', label: '2' })
    expect(byId.get('table_1-1__ind_2__sub_1')).toMatchObject({ type: 'indicator', name: '常住人口城镇化率（%）', parent: 'table_1-1__ind_2', attribute: '预期性', category: '经济发展' })
    expect(byId.get('table_1-1__ind_2__sub_2')).toMatchObject({ name: '户籍人口城镇化率（%）' })
    expect(byId.get('table_1-1__ind_5')).toMatchObject({ type: 'indicator', name: '单位地区生产总值能耗降低（%）', attribute: '约束性', group: 'table_1-1__grp_2' })
    expect(ofType('tableNote').map((n) => n.id)).toEqual(['table_1-1__note_1', 'table_1-1__note_2'])
    expect(byId.get('table_1-1')).toMatchObject({ label: '表 1-1', chapter: 'chp_1', section: 'chp_1__sec_1' })
  })

  it('reads its header, notice, preamble and closing', () => {
    expect(byId.get('header')).toMatchObject({ docNumber: '某政发〔2021〕3号' })
    expect(result.tree.title).toBe('某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要')
    expect(byId.get('notice')).toMatchObject({ type: 'notice' })
    expect(byId.get('closing__p_1')).toMatchObject({ value: expect.stringMatching(/^抄送：/) })
  })
})
