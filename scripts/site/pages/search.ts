/**
 * The search page: a form that works offline on the static site. Its script
 * loads the index on first use; without JavaScript the page says so.
 */
import type { PageSpec } from '../layout.js'
import { FILES } from '../routes.js'

export function searchPage(): PageSpec {
  return {
    file: FILES.search,
    title: '搜索',
    description: '在规划纲要全文中搜索：简体、繁体、全角、半角均可。',
    mainClass: 'site-wide site-search-page',
    scripts: ['search.js'],
    main: `<h1>搜索全文</h1>
<form id="search-form" class="site-search-form" role="search" aria-label="搜索全文" action="${FILES.search}" method="get">
<label for="search-q">搜索词</label>
<input id="search-q" name="q" type="search" autocomplete="off" placeholder="如：开发区、開發區、ＰＭ２．５">
<button type="submit">搜索</button>
</form>
<p class="site-hint">按原文逐字匹配（不是正则表达式）；繁体字、全角字母数字与标点会先统一再比较，所以“開發區”也能找到“开发区”。索引在第一次搜索时载入，之后离线可用。</p>
<noscript><p class="site-hint">搜索需要启用 JavaScript；也可以从<a href="${FILES.home}#toc">目录</a>按章节阅读。</p></noscript>
<p id="search-status" class="site-search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="site-results"></ol>`
  }
}
