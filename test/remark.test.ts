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
import { getNode } from '../src/index.js'
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
    expect(html.endsWith(toHtml('chp_4__sec_3', { depth: 4 }))).toBe(true)
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

describe('src/remark.ts', () => {
  it('bundles without unified, remark, zod or any mdast/hast utility: the site brings its own', async () => {
    const result = await build({ entryPoints: ['src/remark.ts'], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent', loader: { '.json': 'json' } })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.some((p) => p.includes('src/remark/plugin.ts'))).toBe(true)
    expect(inputs.filter((p) => /node_modules\/(zod|unified|remark-|mdast-|hast-|vfile)/.test(p))).toEqual([])
  })
})
