/**
 * A chapter's page: the chapter as the renderer gives it (its heading an
 * `<h1>`, sections `<h2>`, measures, 专栏 and tables, every element's `id` its
 * node ID, project mentions marked so that the projects page can link to
 * them and style.css highlights the one in the URL), the outline beside it,
 * and the previous and next chapters.
 */
import type { OutlineChapter } from '../../../src/outline.js'
import type { PageSpec } from '../layout.js'
import { chapterOutline, pager } from '../outline.js'
import { planHtml } from '../plan-html.js'
import { chapterFile, type SiteMap } from '../routes.js'

/** The render options of a chapter page (the site map's first pass renders with the same, links aside). */
export const CHAPTER_OPTIONS = { depth: 1, projects: true } as const

export function chapterPage(site: SiteMap, chapter: OutlineChapter): PageSpec {
  const body = planHtml(chapter.id, { ...CHAPTER_OPTIONS, linkTo: site.linkTo() })
  return {
    file: chapterFile(chapter.number),
    title: `${chapter.label} ${chapter.title}`,
    description: `${chapter.label} ${chapter.title}：${chapter.sections.map((s) => `${s.label} ${s.title}`).join('；')}`,
    mainClass: 'plan site-chapter',
    sidebar: chapterOutline(site, chapter.id),
    main: `${body}\n${pager(site, chapter.id)}`,
    scripts: ['outline.js']
  }
}
