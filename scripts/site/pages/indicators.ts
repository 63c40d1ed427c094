/**
 * The indicators page: two charts where a reader would rather look than
 * read (表 1-1: what 2020 reached against its target; 表 2-1: from the 2020
 * figure to the 2025 target), each with a text alternative and its numbers
 * in a table beside it, then both tables as printed, with filters by
 * attribute (约束性 / 预期性), table and category. Every figure is shown as
 * printed; what is not a single number is never drawn as one.
 */
import type { Element } from 'hast'
import { indicators, tables, type Indicator } from '../../../src/index.js'
import { filterPanel } from '../filter-panel.js'
import { attrs, esc } from '../html.js'
import { bulletChart, changeChart, LAYOUTS, STATUS_COLOURS, TARGET_COLOUR, type BulletRow, type ChangeRow, type Layout } from '../indicators/charts.js'
import { cell, COLUMNS, outcome, printedHtml, reach, STATUS_LABEL, type Status } from '../indicators/values.js'
import type { PageSpec } from '../layout.js'
import { planHtml } from '../plan-html.js'
import { FILES, type SiteMap } from '../routes.js'

const local = (id: string) => `#${id}`
const nameOf = (i: Indicator) => (i.number ? `${i.number}. ${i.name}` : i.name)
const count = <T,>(list: readonly T[], key: (x: T) => string) => list.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map<string, number>())

/** The chart in each layout; site.css shows the one that fits the column (and the medium one on paper). */
function everyLayout(draw: (layout: Layout) => string): string {
  return (Object.keys(LAYOUTS) as Layout[]).map((layout) => `<div class="site-chart-${layout}">${draw(layout)}</div>`).join('')
}

/** A chart's section: its heading, the chart in every layout with its caption, legend and text alternative, and its numbers as printed in a table beside it. */
function chartSection(c: { table: '1-1' | '2-1'; title: string; caption: string; legend: string; chart: (layout: Layout, altId: string) => string; alt: string; head: readonly string[]; body: string }): string {
  const id = `chart-${c.table}`
  return `<section class="site-chart-section" aria-labelledby="${id}-title">
<h2 id="${id}-title">${c.title}</h2>
<div class="site-chart-pair">
<figure class="site-chart" id="${id}">
<figcaption>${c.caption}</figcaption>
<ul class="site-legend">${c.legend}</ul>
${everyLayout((layout) => c.chart(layout, `${id}-alt`))}
<p id="${id}-alt" class="site-chart-alt">${esc(c.alt)}</p>
</figure>
<div class="site-table-scroll" tabindex="0" role="region" aria-label="表 ${c.table} 图中数字">
<table class="site-data">
<caption>图中数字（照原表印）</caption>
<thead><tr>${c.head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${c.body}
</tbody>
</table>
</div>
</div>
</section>`
}

function chart1(): string {
  const rows = indicators({ table: '1-1' })
  const judged = rows.map((i) => ({ i, o: outcome(i) }))
  const drawn = judged.filter((x) => x.o.drawn)
  const data: BulletRow[] = drawn.map(({ i, o }) => {
    if (!o.drawn) throw new Error('unreachable')
    return { name: nameOf(i), target: o.target.number, reached: o.reached.number, status: o.status, label: `实际 ${o.reached.raw} · 目标 ${o.target.raw} · ${STATUS_LABEL[o.status]}` }
  })
  const by = (s: Status) => drawn.filter((x) => x.o.drawn && x.o.status === s).map((x) => x.i.name)
  const alt =
    `表 1-1 共 ${rows.length} 项指标，其中 ${drawn.length} 项的 2020 年目标和 2020 年实际都是单一数字，图中每行按各自的单位从零画起：` +
    `达到目标 ${by('met').length} 项（${by('met').join('、')}）；未达到 ${by('missed').length} 项（${by('missed').join('、')}）；` +
    (by('unjudged').length ? `表中看不出目标是上限还是下限、未作判断 ${by('unjudged').length} 项（${by('unjudged').join('、')}）；` : '') +
    `其余 ${rows.length - drawn.length} 项不作图，原因见下表。`
  const label = `表 1-1 “十三五”主要指标：2020 年实际与规划目标，${drawn.length} 项`
  const legend = (['met', 'missed', 'unjudged'] as const)
    .map((s) => `<li><span class="site-swatch" style="background:${STATUS_COLOURS[s]}"></span>${STATUS_LABEL[s]} ${by(s).length} 项</li>`)
    .join('')
  const note = (id: string) => local(id)
  const body = judged
    .map(({ i, o }) => {
      const verdict = o.drawn ? `<span class="site-status site-status-${o.status}">${STATUS_LABEL[o.status]}</span><span class="site-why">${esc(o.why)}</span>` : `<span class="site-status">不作图</span><span class="site-why">${esc(o.why)}</span>`
      return `<tr><th scope="row"><a href="${local(i.id)}">${esc(nameOf(i))}</a></th><td>${printedHtml(cell(i, COLUMNS['1-1'].base), note)}</td><td>${printedHtml(cell(i, COLUMNS['1-1'].target), note)}</td><td>${printedHtml(cell(i, COLUMNS['1-1'].reached), note)}</td><td class="site-verdict">${verdict}</td></tr>`
    })
    .join('\n')
  return chartSection({
    table: '1-1',
    title: '“十三五”目标完成情况',
    caption: '2020 年实际与规划目标（表 1-1）：条为 2020 年实际，黑色竖线为 2020 年目标；每行按各自单位从零画起。',
    legend: `${legend}<li><span class="site-swatch site-swatch-tick"></span>目标</li>`,
    chart: (layout, altId) => bulletChart(data, layout, label, altId),
    alt,
    head: ['指标', '2015 年', '2020 年目标', '2020 年实际', '结果'],
    body
  })
}

function chart2(): string {
  const rows = indicators({ table: '2-1' })
  const reached = rows.map((i) => ({ i, r: reach(i) }))
  const drawn = reached.filter((x) => x.r.drawn)
  const data: ChangeRow[] = drawn.map(({ i, r }) => {
    if (!r.drawn) throw new Error('unreachable')
    return { name: nameOf(i), base: r.base.number, target: r.target.number, label: `${r.base.raw} → ${r.target.raw}` }
  })
  const alt =
    `表 2-1 共 ${rows.length} 项指标，其中 ${drawn.length} 项的 2020 年数值和 2025 年目标都是单一数字，图中每行按各自单位从零画起，空心圆为 2020 年，实心圆点为 2025 年目标：` +
    data.map((d) => `${d.name} ${d.label}`).join('；') +
    `。其余 ${rows.length - drawn.length} 项不作图（2025 年目标为文字、只给出增速，或 2020 年无数值），见下表。`
  const note = (id: string) => local(id)
  const body = reached
    .map(({ i, r }) => {
      const c = COLUMNS['2-1']
      return `<tr${attrs({ 'data-attribute': i.attribute })}><th scope="row"><a href="${local(i.id)}">${esc(nameOf(i))}</a></th><td>${printedHtml(cell(i, c.base), note)}</td><td>${printedHtml(cell(i, c.target), note)}</td><td>${printedHtml(cell(i, c.rate), note)}</td><td>${esc(i.attribute ?? '')}</td><td class="site-verdict">${r.drawn ? '' : `<span class="site-why">${esc(r.why)}</span>`}</td></tr>`
    })
    .join('\n')
  return chartSection({
    table: '2-1',
    title: '“十四五”目标',
    caption: '从 2020 年到 2025 年目标（表 2-1）：空心圆为 2020 年，实心圆点为 2025 年目标，两者以线相连；每行按各自单位从零画起。',
    legend: `<li><span class="site-swatch site-swatch-ring"></span>2020 年</li><li><span class="site-swatch site-swatch-dot" style="background:${TARGET_COLOUR}"></span>2025 年目标</li>`,
    chart: (layout, altId) => changeChart(data, layout, `表 2-1 “十四五”主要指标：从 2020 年到 2025 年目标，${drawn.length} 项`, altId),
    alt,
    head: ['指标', '2020 年', '2025 年', '年均增速 [累计]', '属性', '备注'],
    body
  })
}

/** The printed tables with what the filters read: each indicator row's table and category, each group row the rows it heads. */
function filterableTables(site: SiteMap): string {
  const all = indicators()
  const byId = new Map(all.map((i) => [i.id, i]))
  const headed = new Map<string, string[]>()
  for (const t of tables())
    for (const child of t.children) {
      if (child.type === 'tableGroup') headed.set(child.id, all.filter((i) => i.table === t.number && i.category === child.title).map((i) => i.id))
    }
  for (const i of all) if (i.parent) headed.set(i.parent, [...(headed.get(i.parent) ?? []), i.id])
  const adjust = (element: Element) => {
    const id = element.properties.id
    if (typeof id !== 'string') return
    const indicator = byId.get(id)
    if (element.tagName === 'tr' && indicator) {
      element.properties.dataTable = indicator.table
      element.properties.dataCategory = indicator.category ?? ''
    } else if (element.tagName === 'tr' && headed.has(id)) element.properties.dataFilterHeads = headed.get(id)!.join(' ')
    else if (element.tagName === 'figure') element.properties.dataFilterGroup = ''
  }
  const tableIds = new Set(tables().map((t) => t.id))
  const isLocal = (id: string) => [...tableIds].some((t) => id === t || id.startsWith(`${t}__`))
  return tables()
    .map((t) => planHtml(t.id, { linkTo: site.linkTo(isLocal) }, adjust))
    .join('\n')
}

function filters(): string {
  const all = indicators()
  const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`
  const attributes = [...count(all, (i) => i.attribute ?? '').keys()].filter(Boolean)
  const categories = [...count(all, (i) => i.category ?? '').keys()].filter(Boolean)
  return filterPanel('#indicator-tables tr.plan-indicator', '筛选指标', '项指标', [
    `<label>属性 <select name="attribute">${option('', '全部')}${attributes.map((a) => option(a, a)).join('')}</select></label>`,
    `<label>表 <select name="table">${option('', '全部')}${tables().map((t) => option(t.number, `${t.label} ${t.period ?? ''}`.trim())).join('')}</select></label>`,
    `<label>类别 <select name="category">${option('', '全部')}${categories.map((c) => option(c, c)).join('')}</select></label>`
  ])
}

export function indicatorsPage(site: SiteMap): PageSpec {
  const all = indicators()
  const binding = indicators({ attribute: '约束性' }).length
  return {
    file: FILES.indicators,
    title: '主要指标',
    description: `表 1-1“十三五”主要指标完成情况与表 2-1“十四五”主要指标，共 ${all.length} 项，其中约束性 ${binding} 项；图表与筛选。`,
    mainClass: 'site-wide site-indicators',
    scripts: ['filters.js'],
    main: `<h1>主要指标</h1>
<p class="site-lead">规划纲要有两张指标表：表 1-1 列出“十三五”时期的目标和 2020 年完成情况，表 2-1 列出“十四五”时期的目标。共 ${all.length} 项指标，其中约束性 ${binding} 项、预期性 ${all.length - binding} 项。图中只画表中印为单一数字的数值；文字目标（如“完成省定考核目标”）、比较符（如“≤9”）、累计数（如“[2.5]”）和注释符号（如“69.57**”）在表格中照原样列出。</p>
<nav class="site-page-nav" aria-label="本页内容"><ul><li><a href="#chart-1-1-title">“十三五”目标完成情况</a></li><li><a href="#chart-2-1-title">“十四五”目标</a></li><li><a href="#indicator-tables-title">原表与筛选</a></li></ul></nav>
${chart1()}
${chart2()}
<section id="indicator-tables" aria-labelledby="indicator-tables-title">
<h2 id="indicator-tables-title">原表与筛选</h2>
<p>两张表照原文排印。可按属性、表和类别筛选；约束性指标以红色竖线标出。</p>
${filters()}
<div class="plan site-plan-tables">
${filterableTables(site)}
</div>
</section>`
  }
}
