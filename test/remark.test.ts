/**
 * `@huozhou/plan/remark` inside a real unified pipeline, as a documentation
 * site runs it: remark-parse + remark-directive + remarkPlan + remark-rehype +
 * rehype-stringify, on Markdown pages written for the purpose.
 */
import { build } from 'esbuild'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { ancestors, getNode } from '../src/index.js'
import remarkPlanDefault, { planHandlers, remarkPlan, type RemarkPlanOptions } from '../src/remark.js'
import { toHtml, toMarkdown } from '../src/render.js'

function site(options?: RemarkPlanOptions) {
  return unified().use(remarkParse).use(remarkDirective).use(remarkPlan, options).use(remarkRehype).use(rehypeStringify)
}

/** The part of `html` from the element that opens with `start` to its own closing tag (no nesting of the same tag). */
function element(html: string, start: string, tag: string): string {
  const at = html.indexOf(start)
  expect(at, start).toBeGreaterThanOrEqual(0)
  return html.slice(at, html.indexOf(`</${tag}>`, at) + tag.length + 3)
}

/** Every `id="…"` attribute of `html`, in order (not `aria-labelledby`, `data-…`: the attribute named `id` only). */
const idsOf = (html: string) => [...html.matchAll(/<[a-z][^>]*?\sid="([^"]*)"/g)].map((m) => m[1]!)

/** The IDs that occur more than once. */
const repeated = (ids: readonly string[]) => ids.filter((id, k) => ids.indexOf(id) !== k)

/** `html` with every `id` attribute taken out: what a reader sees. */
const withoutIds = (html: string) => html.replace(/\sid="[^"]*"/g, '')

const page = [
  '# 开发区',
  '',
  '开发区的定位见 :plan[chp_4__sec_3]。',
  '',
  '::plan{id="box_4-3"}',
  '',
  '::plan{id="table_2-1"}',
  '',
  '::plan{id="nope"}',
  '',
  '页尾。',
  ''
].join('\n')

describe('remarkPlan in remark-parse + remark-directive + remark-rehype + rehype-stringify', () => {
  it('is the default export too, as unified plugins are', () => {
    expect(remarkPlanDefault).toBe(remarkPlan)
  })

  it('expands a box, a table and an inline reference to HTML that matches toHtml', async () => {
    const file = await site().process(page)
    const html = String(file)
    expect(element(html, '<aside id="box_4-3"', 'aside')).toBe(toHtml('box_4-3'))
    expect(element(html, '<figure id="table_2-1"', 'figure')).toBe(toHtml('table_2-1'))
    const section = getNode('chp_4__sec_3')!
    expect(section.type === 'section' && section.label).toBe('第三节')
    const title = section.type === 'section' ? `${section.label} ${section.title}` : ''
    expect(html).toContain(`<p>开发区的定位见 <a href="#chp_4__sec_3" class="plan-ref">${title}</a>。</p>`)
    // The page around the directives is untouched.
    expect(html.startsWith('<h1>开发区</h1>')).toBe(true)
    expect(html.endsWith('<p>页尾。</p>')).toBe(true)
  })

  it('reports an unknown ID as one message at the directive’s line and column, and finishes the page', async () => {
    const file = await site().process(page)
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages as VFileMessage[]
    expect(message).toMatchObject({ ruleId: 'unknown-id', source: '@huozhou/plan', line: 9, column: 1, fatal: false })
    expect(message!.reason).toContain('nope')
    expect(message!.place).toMatchObject({ start: { line: 9, column: 1 }, end: { line: 9, column: 18 } })
    expect(String(file)).not.toContain('nope')
    expect(String(file)).toContain('页尾')
  })

  it('stops the pipeline at an unknown ID when fatal is set', async () => {
    const error = await site({ fatal: true }).process(page).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toMatchObject({ ruleId: 'unknown-id', line: 9, column: 1, fatal: true })
  })

  it('reports problems in the page, never throws: a missing ID, an unknown attribute, a bad value, a container directive', async () => {
    const md = ['::plan', '', '::plan{id="box_4-3" colour="red"}', '', '::plan{id="table_2-1" notes="maybe"}', '', ':::plan{id="box_4-3"}', 'x', ':::', '', 'See :plan[nope].', ''].join('\n')
    const file = await site().process(md)
    const got = (file.messages as VFileMessage[]).map((m) => [m.ruleId, m.line])
    expect(got).toEqual([
      ['missing-id', 1],
      ['unknown-attribute', 3],
      ['invalid-attribute', 5],
      ['container-directive', 7],
      ['unknown-id', 11]
    ])
    // The box and the table still render; the unknown reference keeps its text.
    expect(String(file)).toContain('<aside id="box_4-3"')
    expect(String(file)).toContain('<figure id="table_2-1"')
    expect(String(file)).toContain('<p>See nope.</p>')
  })

  it('takes the render options: depth, linkTo for multi-page sites, marks, projects', async () => {
    const linkTo = (id: string, kind: string) => (kind === 'project' ? `/projects/${id}/` : `/plan/${id.split('__')[0]}/#${id}`)
    const options = { depth: 2, linkTo, marks: 'plain', projects: true } as const
    const html = String(await site(options).process('::plan{id="chp_4__sec_3"}\n\nSee :plan[table_1-1].\n'))
    expect(html.startsWith('<h2 id="chp_4__sec_3" class="plan-section">')).toBe(true)
    expect(html).toContain('<a href="/plan/table_1-1/#table_1-1" class="plan-ref">表 1-1 “十三五”时期经济社会发展主要指标完成情况</a>')
    expect(html).toContain('<a id="box_4-3__item_1__prj" class="plan-project" data-project="box_4-3__item_1__prj" href="/projects/box_4-3__item_1__prj/">')
    expect(html.replace(/\n<p>See[^]*$/, '')).toBe(toHtml('chp_4__sec_3', options))
  })

  it('narrows one directive by its attributes: parts left out, its own depth', async () => {
    const html = String(await site().process('::plan{id="table_2-1" notes="false" caption="false"}\n\n::plan{id="chp_4__sec_3" heading="false" boxes="false"}\n\n::plan{id="chp_4__sec_3" depth="4"}\n'))
    expect(html.startsWith(toHtml('table_2-1', { include: { notes: false, caption: false } }))).toBe(true)
    expect(html).toContain(toHtml('chp_4__sec_3', { include: { heading: false, boxes: false } }))
    // The same section twice: the second copy leaves out the IDs the first put on the page, and keeps the heading's, which the first left out.
    expect(withoutIds(html).endsWith(withoutIds(toHtml('chp_4__sec_3', { depth: 4 })))).toBe(true)
    expect(html).toContain('<h4 id="chp_4__sec_3" class="plan-section">')
    expect(repeated(idsOf(html))).toEqual([])
  })

  it('links :plan[…]{id} with the author’s text, and any node with a readable label', async () => {
    const html = String(await site().process('A :plan[专栏]{id="box_4-3"}, :plan[table_1-1__ind_1] and :plan[chp_4__sec_3__measure_1].\n'))
    expect(html).toContain('<a href="#box_4-3" class="plan-ref">专栏</a>')
    expect(html).toContain('<a href="#table_1-1__ind_1" class="plan-ref">地区生产总值（亿元）</a>')
    expect(html).toContain('<a href="#chp_4__sec_3__measure_1" class="plan-ref">明确开发区定位</a>')
  })

  it('checks its options when attached, with a PlanError naming the option', () => {
    expect(() => site({ marks: 'bold' } as unknown as RemarkPlanOptions).freeze()).toThrow(/options\.marks/)
    expect(() => site({ fatal: 'yes' } as unknown as RemarkPlanOptions).freeze()).toThrow(/options\.fatal/)
  })

  it('writes Markdown back with remark-stringify: an embedded table is its caption and table as the edition prints them', async () => {
    // Tables are GFM: writing them needs remark-gfm, as for any Markdown with tables.
    const md = String(await unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkPlan).use(remarkStringify).process('::plan{id="table_2-1"}\n'))
    expect(md.replace(/\s+/g, ' ')).toContain(toMarkdown('table_2-1').split('\n')[0]!)
    expect(md).toMatch(/^\| 序号 +\| 指标名称 +\|/m)
    expect(md).toContain('能源综合生产能力 (亿吨标准煤)')
  })

  it('exports hast handlers for pipelines that handle unknown nodes their own way', async () => {
    const strict = unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkPlan)
      .use(remarkRehype, { handlers: planHandlers, unknownHandler: () => { throw new Error('an unknown node reached remark-rehype') } })
      .use(rehypeStringify)
    expect(String(await strict.process('::plan{id="table_1-1"}\n'))).toBe(toHtml('table_1-1'))
  })
})

describe('remarkPlan: an embedding that would repeat element IDs', () => {
  it('embeds the same box twice: the second copy keeps its content, loses its IDs, and one warning says where the first is', async () => {
    const md = '# 两次\n\n::plan{id="box_4-3"}\n\n中间。\n\n::plan{id="box_4-3"}\n'
    const file = await site().process(md)
    const html = String(file)
    const ids = idsOf(html)
    expect(repeated(ids)).toEqual([])
    // Every anchor of the box is on the page, once.
    expect(new Set(ids)).toEqual(new Set(idsOf(toHtml('box_4-3'))))
    expect(ids.length).toBeGreaterThan(1)
    // Both copies are there, and read the same.
    const copies = html.split('<p>中间。</p>')
    expect(copies).toHaveLength(2)
    expect(withoutIds(copies[1]!).trim()).toBe(withoutIds(toHtml('box_4-3')))
    expect(idsOf(copies[1]!)).toEqual([])
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages as VFileMessage[]
    expect(message).toMatchObject({ ruleId: 'duplicate-id', source: '@huozhou/plan', line: 7, column: 1, fatal: false })
    expect(message!.place).toMatchObject({ start: { line: 7, column: 1 }, end: { line: 7, column: 21 } })
    expect(message!.reason).toContain('`box_4-3`')
    expect(message!.reason).toContain('first at 3:1')
  })

  it('embeds a chapter and one of its sections, in either order: each ID once, the warning names both and the first one’s place', async () => {
    const section = 'chp_4__sec_3'
    expect(ancestors(section).map((n) => n.id)).toContain('chp_4')
    const all = new Set(idsOf(toHtml('chp_4')))
    for (const [first, second] of [['chp_4', section], [section, 'chp_4']] as const) {
      const file = await site().process(`::plan{id="${first}"}\n\n段落。\n\n  ::plan{id="${second}"}\n`)
      const ids = idsOf(String(file))
      expect(repeated(ids), `${first} then ${second}`).toEqual([])
      expect(new Set(ids)).toEqual(all)
      expect(file.messages).toHaveLength(1)
      const [message] = file.messages as VFileMessage[]
      expect(message).toMatchObject({ ruleId: 'duplicate-id', source: '@huozhou/plan', line: 5, column: 3, fatal: false })
      expect(message!.reason).toContain(`Plan node \`${second}\` repeats`)
      expect(message!.reason).toContain(`\`${first}\` embedded at 1:1`)
    }
    // The section embedded after its chapter loses every ID: all are the chapter's already.
    const after = String(await site().process(`::plan{id="chp_4"}\n\n段落。\n\n::plan{id="${section}"}\n`))
    expect(idsOf(after.split('<p>段落。</p>')[1]!)).toEqual([])
    // The chapter embedded after its section keeps the IDs the section did not put on the page.
    const before = String(await site().process(`::plan{id="${section}"}\n\n段落。\n\n::plan{id="chp_4"}\n`))
    const [sectionPart, chapterPart] = before.split('<p>段落。</p>') as [string, string]
    expect(idsOf(chapterPart)).toEqual(idsOf(toHtml('chp_4')).filter((id) => !idsOf(sectionPart).includes(id)))
    expect(idsOf(chapterPart)).toContain('chp_4')
  })

  it('names every earlier embedding an embedding repeats, in page order', async () => {
    const box = 'box_4-1'
    expect(ancestors(box).map((n) => n.id)).toContain('chp_4')
    expect(ancestors(box).map((n) => n.id)).not.toContain('chp_4__sec_3')
    const file = await site().process(`::plan{id="chp_4__sec_3"}\n\n::plan{id="${box}"}\n\n::plan{id="chp_4"}\n`)
    expect(repeated(idsOf(String(file)))).toEqual([])
    expect((file.messages as VFileMessage[]).map((m) => [m.ruleId, m.line])).toEqual([['duplicate-id', 5]])
    expect(file.messages[0]!.reason).toMatch(/`chp_4__sec_3` embedded at 1:1 and `box_4-1` at 3:1/)
  })

  it('does not warn about :plan[…] links (a link is not an anchor), parts left out of the first, or a new file', async () => {
    const links = await site().process(':plan[box_4-3] and :plan[box_4-3]{id="box_4-3"}.\n\n::plan{id="box_4-3"}\n\nAgain :plan[box_4-3].\n')
    expect(links.messages).toEqual([])
    expect(repeated(idsOf(String(links)))).toEqual([])
    expect(String(links).match(/href="#box_4-3"/g)).toHaveLength(3)
    // A section without its boxes holds none of the box's IDs: embedding the box after it repeats nothing.
    expect(ancestors('box_4-3').map((n) => n.id)).toContain('chp_4__sec_3')
    const parts = await site().process('::plan{id="chp_4__sec_3" boxes="false"}\n\n::plan{id="box_4-3"}\n')
    expect(parts.messages).toEqual([])
    expect(repeated(idsOf(String(parts)))).toEqual([])
    // Each file is a page of its own: the same processor starts every file afresh.
    const processor = site().freeze()
    for (let k = 0; k < 2; k++) {
      const file = await processor.process('::plan{id="box_4-3"}\n\n::plan{id="box_4-3"}\n')
      expect((file.messages as VFileMessage[]).map((m) => m.line)).toEqual([3])
    }
  })

  it('two rows of one table share its header rows: the second leaves them to the first', async () => {
    const file = await site().process('::plan{id="table_1-1__ind_1"}\n\n::plan{id="table_1-1__ind_2"}\n')
    const ids = idsOf(String(file))
    expect(repeated(ids)).toEqual([])
    expect(ids).toEqual([...new Set([...idsOf(toHtml('table_1-1__ind_1')), ...idsOf(toHtml('table_1-1__ind_2'))])])
    expect((file.messages as VFileMessage[]).map((m) => [m.ruleId, m.line])).toEqual([['duplicate-id', 3]])
  })

  it('counts the anchors of project mentions too (projects: true)', async () => {
    const file = await site({ projects: true }).process('::plan{id="chp_4__sec_3"}\n\n::plan{id="box_4-3"}\n')
    const ids = idsOf(String(file))
    expect(repeated(ids)).toEqual([])
    const mentions = idsOf(toHtml('box_4-3', { projects: true })).filter((id) => !idsOf(toHtml('box_4-3')).includes(id))
    expect(mentions.length).toBeGreaterThan(0)
    for (const id of mentions) expect(ids).toContain(id)
    expect((file.messages as VFileMessage[]).map((m) => m.ruleId)).toEqual(['duplicate-id'])
  })

  it('is a warning even with fatal: nothing of the page is lost', async () => {
    const file = await site({ fatal: true }).process('::plan{id="box_4-3"}\n\n::plan{id="box_4-3"}\n')
    expect(file.messages).toMatchObject([{ ruleId: 'duplicate-id', fatal: false }])
  })
})

describe('src/remark.ts', () => {
  it('bundles without unified, remark, zod or any mdast/hast utility: the site brings its own', async () => {
    const result = await build({ entryPoints: ['src/remark.ts'], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent', loader: { '.json': 'json' } })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.some((p) => p.includes('src/remark/plugin.ts'))).toBe(true)
    expect(inputs.filter((p) => /node_modules\/(zod|unified|remark-|mdast-|hast-|vfile)/.test(p))).toEqual([])
  })
})
