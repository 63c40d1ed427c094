/**
 * The page shell every page shares: `lang="zh-CN"`, the package's
 * stylesheet and the site's, a header with the site's sections and a search
 * box (a plain GET form to the search page, so it works without JavaScript),
 * an optional outline beside the text, and a footer that says where the text
 * comes from. Pages give their title, their main content and the scripts they
 * need; nothing else loads.
 */
import { attrs, esc, lines } from './html.js'
import { FILES } from './routes.js'

export const SITE = {
  /** The short name in the header and in every page title. */
  name: '霍州市“十四五”规划纲要',
  /** What the footer says the text is. */
  source: '霍州市人民政府《霍州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（霍政发〔2021〕7号）',
  /** The navigation: file, label. */
  sections: [
    [FILES.home, '目录'],
    [FILES.indicators, '主要指标'],
    [FILES.projects, '重点项目'],
    [FILES.search, '搜索']
  ] as const
}

export interface PageSpec {
  /** The file the page is written to (also which navigation entry is current). */
  file: string
  /** The page's own title; the site's name follows it in `<title>`. */
  title: string
  description: string
  /** The content of `<main>`. */
  main: string
  /** Classes of `<main>` (`plan` for the plan's own text). */
  mainClass?: string
  /** An outline beside the text (chapter pages), and its phone form above it. */
  sidebar?: { wide: string; narrow: string }
  /** Module scripts, by file name under assets/. */
  scripts?: readonly string[]
  /** Prefix of every site URL: '' (relative) but for the 404 page, which a host serves at any path. */
  root?: string
}

export function layout(page: PageSpec): string {
  const root = page.root ?? ''
  const nav = SITE.sections
    .map(([file, label]) => `<li><a${attrs({ href: root + file, 'aria-current': file === page.file ? 'page' : undefined })}>${esc(label)}</a></li>`)
    .join('')
  return lines(
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(page.title === SITE.name ? SITE.name : `${page.title} · ${SITE.name}`)}</title>`,
    `<meta name="description" content="${esc(page.description)}">`,
    // No favicon request: the site has none, and a 404 in every page's log would hide real ones.
    '<link rel="icon" href="data:,">',
    `<link rel="stylesheet" href="${root}assets/plan.css">`,
    `<link rel="stylesheet" href="${root}assets/site.css">`,
    ...(page.scripts ?? []).map((s) => `<script type="module" src="${root}assets/${s}"></script>`),
    '</head>',
    '<body>',
    '<a class="site-skip" href="#main">跳到正文</a>',
    '<header class="site-header">',
    '<div class="site-header-inner">',
    `<a class="site-name" href="${root}${FILES.home}">${esc(SITE.name)}</a>`,
    `<nav class="site-nav" aria-label="网站栏目"><ul>${nav}</ul></nav>`,
    `<form class="site-search" role="search" aria-label="站内搜索" action="${root}${FILES.search}" method="get"><label class="site-visually-hidden" for="site-q">搜索规划全文</label><input id="site-q" name="q" type="search" placeholder="搜索全文" autocomplete="off"><button type="submit">搜索</button></form>`,
    '</div>',
    '</header>',
    `<div class="site-body${page.sidebar ? ' site-body-with-sidebar' : ''}">`,
    page.sidebar?.narrow,
    page.sidebar?.wide,
    `<main id="main" class="${esc(['site-main', page.mainClass].filter(Boolean).join(' '))}">`,
    page.main,
    '</main>',
    '</div>',
    '<footer class="site-footer">',
    `<p>文本：${esc(SITE.source)}。本站由 <a href="https://www.npmjs.com/package/@huozhou/plan">@huozhou/plan</a> 的公开接口生成，每个标题、专栏和表格的锚点即其节点 ID。</p>`,
    '</footer>',
    '</body>',
    '</html>',
    ''
  )
}
