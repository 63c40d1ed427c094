/**
 * The home page: the plan's title, the official frame as issued (the
 * document header, the notice that publishes the plan, and at the end the
 * distribution note), the 目录 with its page numbers (each entry a link to
 * its chapter page), the preamble, and the ways into the rest of the site.
 */
import { outline } from '../../../src/outline.js'
import { esc } from '../html.js'
import type { PageSpec } from '../layout.js'
import { planHtml } from '../plan-html.js'
import { FILES, type SiteMap } from '../routes.js'

/** The plan parts this page shows, in order. */
export const HOME_PARTS = ['header', 'notice', 'toc', 'preamble', 'closing'] as const

export function homePage(site: SiteMap): PageSpec {
  const o = outline()
  const sections = o.chapters.reduce((n, c) => n + c.sections.length, 0)
  const part = (id: string) => planHtml(id, { depth: 2, linkTo: site.linkTo() })
  const [header, notice, toc, preamble, closing] = HOME_PARTS.map((id) => (id === 'header' ? planHtml(id, { linkTo: site.linkTo() }) : part(id)))
  return {
    file: FILES.home,
    title: o.title,
    description: `${o.title}全文：${o.chapters.length} 章 ${sections} 节，主要指标、重点项目与全文搜索。`,
    mainClass: 'plan site-home',
    main: [
      `<h1 class="site-title">${esc(o.title)}</h1>`,
      '<ul class="site-doors">',
      `<li><a href="${FILES.indicators}"><strong>主要指标</strong><span>表 1-1“十三五”完成情况与表 2-1“十四五”目标，图表与筛选</span></a></li>`,
      `<li><a href="${FILES.projects}"><strong>重点项目</strong><span>专栏与正文中的项目，按行业、地点和开发区等关联筛选</span></a></li>`,
      `<li><a href="${FILES.search}"><strong>全文搜索</strong><span>简繁、全角半角均可</span></a></li>`,
      '</ul>',
      `<section class="site-document" aria-label="印发通知">${header}\n${notice}</section>`,
      `<section class="site-toc" aria-labelledby="toc">${toc}</section>`,
      `<section class="site-preamble" aria-labelledby="preamble">${preamble}</section>`,
      `<section class="site-colophon" aria-label="版记">${closing}</section>`
    ].join('\n')
  }
}
