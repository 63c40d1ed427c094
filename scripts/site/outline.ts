/**
 * The outline beside a chapter's text: every chapter and its sections (from
 * `@huozhou/plan/outline`, which carries no text), the current chapter marked
 * `aria-current="page"`, so a reader sees where they are; client/outline.ts
 * marks the section in view as they scroll. On a phone the same list folds
 * into a `<details>` above the text. Also the previous/next chapter links.
 */
import { outline, type OutlineChapter } from '../../src/outline.js'
import { attrs, esc } from './html.js'
import type { SiteMap } from './routes.js'

function list(site: SiteMap, current: string): string {
  const chapters = outline().chapters.map((c) => {
    const here = c.id === current
    const sections = c.sections.map((s) => `<li class="site-outline-section"><a href="${esc(site.node(s.id))}" data-node="${esc(s.id)}">${esc(s.label)} ${esc(s.title)}</a></li>`).join('')
    return `<li${attrs({ class: `site-outline-chapter${here ? ' site-outline-current' : ''}` })}><a${attrs({ href: site.node(c.id), 'aria-current': here ? 'page' : undefined, 'data-node': c.id })}><span class="site-outline-label">${esc(c.label)}</span> ${esc(c.title)}</a><ol>${sections}</ol></li>`
  })
  return `<ol class="site-outline">${chapters.join('')}</ol>`
}

/** The outline for the chapter `current` (a chapter ID): the sidebar, and its folded form for phones. */
export function chapterOutline(site: SiteMap, current: string): { wide: string; narrow: string } {
  const chapter = outline().chapters.find((c) => c.id === current)
  if (!chapter) throw new Error(`site: no chapter ${current}`)
  const items = list(site, current)
  return {
    wide: `<nav class="site-sidebar" aria-label="章节目录"><p class="site-sidebar-title">章节目录</p>${items}</nav>`,
    narrow: `<details class="site-outline-narrow"><summary>章节目录 <span class="site-outline-where">· ${esc(chapter.label)}</span></summary><nav aria-label="章节目录（窄屏）">${items}</nav></details>`
  }
}

/** Links to the previous and next chapters. */
export function pager(site: SiteMap, current: string): string {
  const chapters = outline().chapters
  const k = chapters.findIndex((c) => c.id === current)
  const link = (c: OutlineChapter | undefined, rel: 'prev' | 'next') =>
    c
      ? `<a class="site-pager-${rel}" rel="${rel}" href="${esc(site.node(c.id))}"><span class="site-pager-dir">${rel === 'prev' ? '上一章' : '下一章'}</span> ${esc(c.label)} ${esc(c.title)}</a>`
      : '<span></span>'
  return `<nav class="site-pager" aria-label="上一章和下一章">${link(chapters[k - 1], 'prev')}${link(chapters[k + 1], 'next')}</nav>`
}
