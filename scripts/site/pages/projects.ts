/**
 * The projects page: every project (专栏 items and the projects the text
 * names), by chapter, each with its sectors, its places, a link to each place
 * the text names it (the chapter page highlights that mention as the URL's
 * target), and its ties, each with the chain of quotes it rests on. Filters
 * by sector, place, tie and kind, each option with its count. Reads projects
 * only through projects/adapter.ts.
 */
import { outline } from '../../../src/outline.js'
import { filterPanel } from '../filter-panel.js'
import { attrs, esc } from '../html.js'
import type { PageSpec } from '../layout.js'
import { HOWS, RELATIONS, siteProjects, vocabulary, type ChainLink, type SiteProject } from '../projects/adapter.js'
import { FILES, type SiteMap } from '../routes.js'

const KINDS: Record<SiteProject['kind'], string> = { 'box-item': '专栏项目', named: '正文项目', direction: '专栏产业方向' }

/** `text` with each of `words` (longest first) wrapped in <mark>. */
export function highlight(text: string, words: readonly string[]): string {
  const terms = [...new Set(words.filter((w) => w.length > 0 && text.includes(w)))].sort((a, b) => b.length - a.length)
  if (!terms.length) return esc(text)
  const marked = new Array<boolean>(text.length).fill(false)
  for (const term of terms) for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) for (let k = at; k < at + term.length; k++) marked[k] = true
  let out = ''
  for (let k = 0; k < text.length; ) {
    let j = k
    while (j < text.length && marked[j] === marked[k]) j++
    out += marked[k] ? `<mark>${esc(text.slice(k, j))}</mark>` : esc(text.slice(k, j))
    k = j
  }
  return out
}

function link(site: SiteMap, l: ChainLink): string {
  return `<li><p class="site-chain-claim">${esc(l.claim)}</p><blockquote class="site-quote"><p>${highlight(l.quote, l.marks)}</p></blockquote><a class="site-source" href="${esc(site.node(l.nodeId))}">见原文</a></li>`
}

function project(site: SiteMap, p: SiteProject, labels: ReturnType<typeof vocabulary>): string {
  const sectors = p.sectors.map((s, k) => `<span class="site-tag${k === 0 ? ' site-tag-main' : ''}">${esc(labels.sectors.get(s) ?? s)}</span>`).join('')
  const places = p.places.map((id) => esc(labels.places.get(id) ?? id)).join('、')
  const mentions = p.mentions
    .map((m) => {
      const page = site.page(m.anchor)
      const href = page ? `${page}#${m.anchor}` : site.node(m.nodeId)
      return `<li><a href="${esc(href)}">${esc(m.where || '原文')}</a>：${highlight(m.sentence, [p.name])}</li>`
    })
    .join('')
  const ties = p.ties
    .map((t) => `<li class="site-tie" data-place="${esc(t.place)}" data-relation="${esc(t.relation)}"><p class="site-tie-head">${esc(t.relationLabel)} <strong>${esc(t.placeName)}</strong> <span class="site-tag">${esc(t.howLabel)}</span></p><ol class="site-chain">${t.chain.map((l) => link(site, l)).join('')}</ol>${t.complete ? '' : `<p class="site-chain-open">原文中没有找到同时写明这一环节与${esc(t.placeName)}的句子：这条关联来自地名表，尚待核对。</p>`}</li>`)
    .join('')
  return `<li${attrs({
    id: p.id,
    class: 'site-project',
    'data-sector': p.sectors.join(' '),
    'data-place': p.places.join(' '),
    'data-tie': [...new Set(p.ties.map((t) => t.place))].join(' '),
    'data-relation': [...new Set(p.ties.map((t) => t.relation))].join(' '),
    'data-kind': p.kind
  })}>
<h3 class="site-project-name">${esc(p.name)}</h3>
<p class="site-project-meta"><span class="site-tag site-tag-kind">${KINDS[p.kind]}</span>${sectors}${places ? `<span class="site-project-places">地点：${places}</span>` : ''}</p>
<ul class="site-mentions">${mentions}</ul>
${ties ? `<ul class="site-ties">${ties}</ul>` : ''}
</li>`
}

function counted(values: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>()
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1)
  return m
}

function select(name: string, label: string, counts: Map<string, number>, labelOf: (v: string) => string): string {
  const options = [...counts.entries()].sort((a, b) => b[1] - a[1] || labelOf(a[0]).localeCompare(labelOf(b[0]), 'zh-CN'))
  return `<label>${esc(label)} <select name="${name}"><option value="">全部</option>${options.map(([v]) => `<option value="${esc(v)}">${esc(labelOf(v))}</option>`).join('')}</select></label>`
}

export function projectsPage(site: SiteMap): PageSpec {
  const all = siteProjects()
  const labels = vocabulary()
  const chapters = outline().chapters
  const groups = chapters
    .map((c) => {
      const own = all.filter((p) => p.chapter === c.id)
      if (!own.length) return ''
      return `<section class="site-project-group" data-filter-group aria-labelledby="projects-${c.id}"><h2 id="projects-${c.id}">${esc(c.label)} ${esc(c.title)}</h2>\n<ol class="site-projects">\n${own.map((p) => project(site, p, labels)).join('\n')}\n</ol></section>`
    })
    .join('\n')
  const tied = all.filter((p) => p.ties.length).length
  const facets = [
    select('sector', '行业', counted(all.flatMap((p) => p.sectors)), (v) => labels.sectors.get(v) ?? v),
    select('place', '地点', counted(all.flatMap((p) => p.places)), (v) => labels.places.get(v) ?? v),
    select('tie', '关联', counted(all.flatMap((p) => [...new Set(p.ties.map((t) => t.place))])), (v) => labels.places.get(v) ?? v),
    select('relation', '关系', counted(all.flatMap((p) => [...new Set(p.ties.map((t) => t.relation))])), (v) => RELATIONS[v as keyof typeof RELATIONS] ?? v),
    select('kind', '类型', counted(all.map((p) => p.kind)), (v) => KINDS[v as SiteProject['kind']] ?? v)
  ]
  return {
    file: FILES.projects,
    title: '重点项目',
    description: `规划纲要中的 ${all.length} 个项目：专栏项目与正文点名的项目，按行业、地点和关联（如开发区）筛选，每项可跳到原文。`,
    mainClass: 'site-wide site-projects-page',
    scripts: ['filters.js'],
    main: `<h1>重点项目</h1>
<p class="site-lead">规划纲要的专栏条目和正文中点名的项目共 ${all.length} 个，其中 ${tied} 个与某一地点有关联。每个项目列出行业（第一个为主行业）、文字中写到的地点，以及原文出处（点击后在章节页中高亮）。“关联”说明项目与哪个地点相连（${Object.values(RELATIONS).map(esc).join('、')}）、凭什么（${Object.values(HOWS).map(esc).join('、')}），每条关联的每一环都附原文引文。</p>
${filterPanel('.site-project', '筛选项目', '个项目', facets)}
${groups}`
  }
}
