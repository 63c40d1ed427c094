/**
 * The 404 page. Static hosts serve it at whatever path was asked for, so its
 * links start from the site's root (`--base`, default `/`) instead of being
 * relative.
 */
import { outline } from '../../../src/outline.js'
import { esc } from '../html.js'
import type { PageSpec } from '../layout.js'
import { chapterFile, FILES } from '../routes.js'

export function notFoundPage(base: string): PageSpec {
  const chapters = outline()
    .chapters.map((c) => `<li><a href="${esc(base + chapterFile(c.number))}">${esc(c.label)} ${esc(c.title)}</a></li>`)
    .join('')
  return {
    file: FILES.notFound,
    title: '找不到页面',
    description: '找不到这个页面。',
    mainClass: 'site-wide site-not-found',
    root: base,
    main: `<h1>找不到这个页面</h1>
<p class="site-lead">地址可能有误，或页面已经移动。可以从目录按章节阅读，或搜索全文。</p>
<form class="site-search-form" role="search" aria-label="搜索全文" action="${esc(base + FILES.search)}" method="get"><label for="nf-q">搜索全文</label><input id="nf-q" name="q" type="search" autocomplete="off"><button type="submit">搜索</button></form>
<ol class="site-chapter-list">${chapters}</ol>`
  }
}
