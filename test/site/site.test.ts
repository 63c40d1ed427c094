/**
 * The website (`npm run site`) end to end in headless Chromium (Debian's,
 * driven by playwright-core): built into a temporary folder, served by a
 * static file server on 127.0.0.1 as any static host would serve it, one
 * browser for the whole suite. Every answer is checked against the library's
 * own (indicators(), projects(), search()), never against numbers copied
 * from the site. Screenshots of each page kind at 390 and 1280 px and the axe
 * report go to test-results/site/ (not committed) for a person to look at.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getNode, indicators, outline, places, projects, search, tables } from '../../src/index.js'
import { buildSite } from '../../scripts/site/build.js'
import { root } from '../helpers.js'
import { serve, type StaticServer } from './server.js'

const CHROMIUM = '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const WIDTHS = [390, 1280] as const
const out = path.join(root, 'test-results/site')
const present = fs.existsSync(CHROMIUM)
if (!present) console.log(`test/site: ${CHROMIUM} is not installed, so the site's browser tests are skipped (.ci/run installs it)`)

/** What a page holds that links can point to, and what it points to. */
interface Crawled {
  ids: string[]
  links: string[]
  /** IDs named by aria-labelledby, aria-describedby and label[for]. */
  idrefs: string[]
  sidebar: { chapters: number; sections: number; current: string[] }
}

describe.skipIf(!present)('the website in headless Chromium', () => {
  let browser: Browser
  let server: StaticServer
  let dir: string
  let files: string[]
  const crawled = new Map<string, Crawled>()

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huozhou-site-'))
    await buildSite({ outDir: dir })
    files = fs.readdirSync(dir).filter((f) => f.endsWith('.html'))
    server = await serve(dir)
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
    fs.mkdirSync(out, { recursive: true })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  async function open(url: string, width: number = 1280, options: { javaScript?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, javaScriptEnabled: options.javaScript ?? true })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    // One context per page: closing the page closes it (a context already gone with the browser is no error).
    page.on('close', () => void context.close().catch(() => undefined))
    await page.goto(server.url + url, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`)
    return page
  }

  /** Elements matching `selector` that are rendered (not hidden, not display: none). */
  const shown = (page: Page, selector: string) =>
    page.$$eval(selector, (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0).map((e) => e.id))

  it('builds a home page, 13 chapter pages, indicators, projects, search and a 404', () => {
    const chapters = files.filter((f) => /^chapter-\d+\.html$/.test(f))
    expect(chapters).toHaveLength(outline().chapters.length)
    expect(chapters).toHaveLength(13)
    expect(files).toEqual(expect.arrayContaining(['index.html', 'indicators.html', 'projects.html', 'search.html', '404.html']))
    for (const f of files) expect(fs.readFileSync(path.join(dir, f), 'utf8')).toMatch(/^<!doctype html>\n<html lang="zh-CN">/)
  })

  it('resolves every internal link and #id on every page (0 broken), and loads no search index until a search', async () => {
    // A path no page has: the host serves 404.html there, whose links must work from any depth.
    for (const file of [...files, 'no/such/page.html']) {
      const page = await open(file)
      try {
        crawled.set(
          file,
          await page.evaluate(() => {
            const refs = (attr: string) => Array.from(document.querySelectorAll(`[${attr}]`)).flatMap((e) => e.getAttribute(attr)!.split(/\s+/))
            const sidebar = document.querySelector('.site-sidebar')
            return {
              ids: Array.from(document.querySelectorAll('[id]')).map((e) => e.id),
              links: Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]')).map((a) => a.href)
                .concat(Array.from(document.querySelectorAll<HTMLLinkElement>('link[href]')).map((l) => l.href))
                .concat(Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]')).map((s) => s.src))
                .concat(Array.from(document.querySelectorAll<HTMLFormElement>('form[action]')).map((f) => f.action)),
              idrefs: [...refs('aria-labelledby'), ...refs('aria-describedby'), ...refs('for')],
              sidebar: {
                chapters: sidebar?.querySelectorAll('.site-outline-chapter > a').length ?? 0,
                sections: sidebar?.querySelectorAll('.site-outline-section a').length ?? 0,
                current: Array.from((sidebar?.querySelectorAll('[aria-current="page"]') ?? [])).map((a) => a.textContent ?? '')
              }
            }
          })
        )
      } finally {
        await page.close()
      }
    }
    const origin = new URL(server.url).origin
    const broken: string[] = []
    let checked = 0
    let fragments = 0
    for (const [file, page] of crawled) {
      const duplicates = page.ids.filter((id, k) => page.ids.indexOf(id) !== k)
      if (duplicates.length) broken.push(`${file}: duplicate ids ${[...new Set(duplicates)].join(', ')}`)
      for (const ref of page.idrefs) if (!page.ids.includes(ref)) broken.push(`${file}: idref #${ref} names no element`)
      for (const link of page.links) {
        const url = new URL(link)
        if (url.origin !== origin || url.protocol === 'data:') continue
        checked++
        const target = decodeURIComponent(url.pathname).replace(/^\//, '') || 'index.html'
        // A link within the page itself (the 404 page's skip link, wherever the host serves it) needs no file of its own.
        if (target !== file && !fs.existsSync(path.join(dir, target))) {
          broken.push(`${file}: ${link} (no file ${target})`)
          continue
        }
        if (!url.hash) continue
        fragments++
        const id = decodeURIComponent(url.hash.slice(1))
        if (!crawled.get(target)?.ids.includes(id)) broken.push(`${file}: ${link} (no #${id} in ${target})`)
      }
    }
    console.log(`test/site: ${crawled.size} pages, ${checked} internal links (${fragments} with a #fragment) checked, ${broken.length} broken`)
    expect(broken).toEqual([])
    expect(checked).toBeGreaterThan(1000)
    expect(server.requests.filter((r) => r.endsWith('/search-index.js'))).toEqual([])
  }, 180_000)

  it('shows the whole outline beside every chapter, 13 chapters and 54 sections, with the current chapter marked', () => {
    const sections = outline().chapters.reduce((n, c) => n + c.sections.length, 0)
    expect(sections).toBe(54)
    for (const c of outline().chapters) {
      const { sidebar } = crawled.get(`chapter-${c.number}.html`)!
      expect(sidebar).toEqual({ chapters: 13, sections, current: [`${c.label} ${c.title}`] })
    }
  })

  it('lands on a 专栏 by its node ID: chapter-4.html#box_4-3', async () => {
    const page = await open('chapter-4.html#box_4-3')
    try {
      const target = await page.evaluate(() => {
        const t = document.querySelector(':target')
        return t && { id: t.id, tag: t.tagName, top: Math.round(t.getBoundingClientRect().top) }
      })
      expect(target).toMatchObject({ id: 'box_4-3', tag: 'ASIDE' })
      expect(target!.top).toBeGreaterThanOrEqual(0)
      expect(target!.top).toBeLessThan(100)
    } finally {
      await page.close()
    }
  })

  it('follows the reader in the outline as the page scrolls, and leaves the sidebar where the reader scrolled it', async () => {
    const page = await open('chapter-4.html')
    try {
      const state = () =>
        page.evaluate(() => {
          const sidebar = document.querySelector<HTMLElement>('.site-sidebar')!
          return { scrollTop: sidebar.scrollTop, scrollable: sidebar.scrollHeight > sidebar.clientHeight, location: document.querySelector('.site-sidebar [aria-current="location"]')?.getAttribute('data-node') ?? null }
        })
      // The reader scrolls the outline to its end (to look at chapter 13), then reads on in the page.
      await page.evaluate(() => {
        const sidebar = document.querySelector<HTMLElement>('.site-sidebar')!
        sidebar.scrollTop = sidebar.scrollHeight
      })
      const before = await state()
      expect(before.scrollable).toBe(true)
      expect(before.scrollTop).toBeGreaterThan(0)
      const third = await page.evaluate(() => document.querySelectorAll('main h2[id]')[2]!.id)
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), third)
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      const after = await state()
      expect(after.location).toBe(third)
      expect(after.scrollTop).toBe(before.scrollTop)
    } finally {
      await page.close()
    }
  })

  it('filters the indicators: 约束性 shows the 28 binding rows, and table and category narrow it as indicators() does', async () => {
    const page = await open('indicators.html')
    try {
      const rows = '#indicator-tables tr.plan-indicator'
      expect(await shown(page, rows)).toHaveLength(indicators().length)
      await page.selectOption('select[name="attribute"]', '约束性')
      const binding = await shown(page, rows)
      expect(binding).toEqual(indicators({ attribute: '约束性' }).map((i) => i.id))
      expect(binding).toHaveLength(28)
      expect(await page.textContent('output[data-filter-count]')).toContain(`显示 ${binding.length} 项指标`)
      await page.selectOption('select[name="attribute"]', '')
      await page.selectOption('select[name="table"]', '2-1')
      await page.selectOption('select[name="category"]', '绿色生态')
      expect(await shown(page, rows)).toEqual(indicators({ table: '2-1', category: '绿色生态' }).map((i) => i.id))
      // The other table, and the group rows that head no row shown, are hidden with their rows.
      expect(await shown(page, '#indicator-tables figure')).toEqual(['table_2-1'])
      const group = tables().find((t) => t.number === '2-1')!.children.find((c) => c.type === 'tableGroup' && c.title === '绿色生态')!
      expect(await shown(page, '#indicator-tables tr.plan-group')).toEqual([group.id])
      expect(page.url()).toContain('table=2-1')
    } finally {
      await page.close()
    }
  })

  it('draws both charts as static SVG that shows without JavaScript, each with a text alternative and its numbers as printed', async () => {
    const page = await open('indicators.html', 1280, { javaScript: false })
    try {
      for (const id of ['chart-1-1', 'chart-2-1']) {
        const chart = await page.evaluate((id) => {
          const svg = Array.from(document.querySelectorAll<SVGSVGElement>(`#${id} svg`)).find((s) => s.getClientRects().length > 0)!
          const alt = document.getElementById(svg.getAttribute('aria-describedby')!)
          return {
            role: svg.getAttribute('role'),
            label: svg.getAttribute('aria-label'),
            width: svg.getBoundingClientRect().width,
            column: document.getElementById('main')!.clientWidth,
            marks: svg.querySelectorAll('rect, path, line').length,
            alt: alt?.textContent ?? ''
          }
        }, id)
        expect(chart.role).toBe('img')
        expect(chart.label).toMatch(/^表 \d-1/)
        // On a desktop the chart uses the column's width, not a fixed 720 px island in it.
        expect(chart.width / chart.column).toBeGreaterThan(0.9)
        expect(chart.marks).toBeGreaterThan(10)
        expect(chart.alt.length).toBeGreaterThan(100)
      }
      // 表 2-1: each change has a mark at both ends (a ring for 2020, a dot for 2025) joined by a line, so a small rise is two dots side by side, not a lone arrowhead.
      const ends = await page.evaluate(() => {
        const svg = Array.from(document.querySelectorAll<SVGSVGElement>('#chart-2-1 svg')).find((s) => s.getClientRects().length > 0)!
        const circles = Array.from(svg.querySelectorAll('circle'))
        return { lines: svg.querySelectorAll('path').length, circles: circles.length, radii: circles.map((c) => Number(c.getAttribute('r'))), markers: svg.querySelectorAll('marker').length }
      })
      expect(ends.lines).toBeGreaterThan(5)
      expect(ends.circles).toBe(2 * ends.lines)
      expect(Math.min(...ends.radii)).toBeGreaterThanOrEqual(4)
      expect(ends.markers).toBe(0)
      // The tables under the charts fit the desktop column: no scrolling, and no hint that they scroll.
      const scrollers = await page.$$eval('.site-table-scroll', (els) => els.map((e) => ({ over: e.scrollWidth - e.clientWidth, hint: getComputedStyle(e, '::before').display })))
      expect(scrollers.length).toBeGreaterThan(0)
      expect(scrollers).toEqual(scrollers.map(() => ({ over: 0, hint: 'none' })))
      // Every cell of the tables beside the charts is the cell as printed: 完成省定考核目标, ≤9, [25000], 69.57** stay so.
      const cells = await page.$$eval('.site-chart-pair table.site-data tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')))
      const expected = [
        ...indicators({ table: '1-1' }).map((i) => [i.values['2015 年']!.raw, i.values['规划目标 2020 年']!.raw, i.values['进展情况 2020 年']!.raw]),
        ...indicators({ table: '2-1' }).map((i) => [i.values['2020 年']!.raw, i.values['2025 年']!.raw, i.values['年均增速 [累计]']!.raw])
      ]
      expect(cells.map((row) => row.slice(0, 3))).toEqual(expected)
      const printed = cells.flat()
      for (const raw of ['完成省定考核目标', '≤9', '[25000]', '69.57**', '1.85 (常住) 1.67 (户籍)']) expect(printed).toContain(raw)
      // A qualitative target is never drawn: no bar or dot is titled with it.
      expect(await page.$$eval('.site-chart svg title', (ts) => ts.filter((t) => /完成省定考核目标/.test(t.textContent ?? '')).length)).toBe(0)
    } finally {
      await page.close()
    }
    // On a phone each chart is its phone layout, inside the screen, its words at 12 px or more.
    const phone = await open('indicators.html', 390, { javaScript: false })
    try {
      const charts = await phone.$$eval('.site-chart', (figures) =>
        figures.map((figure) => {
          const shown = Array.from(figure.querySelectorAll<SVGSVGElement>('svg')).filter((s) => s.getClientRects().length > 0)
          const box = shown[0]!.getBoundingClientRect()
          const font = parseFloat(getComputedStyle(shown[0]!.querySelector('text')!).fontSize)
          return { shown: shown.length, left: box.left, right: box.right, font: (font * box.width) / shown[0]!.viewBox.baseVal.width }
        })
      )
      expect(charts).toHaveLength(2)
      for (const c of charts) {
        expect(c.shown).toBe(1)
        expect(c.left).toBeGreaterThanOrEqual(0)
        expect(c.right).toBeLessThanOrEqual(390)
        expect(c.font).toBeGreaterThanOrEqual(12)
      }
    } finally {
      await phone.close()
    }
  })

  it('filters the projects by 开发区: only the projects tied to it, each with a visible evidence quote', async () => {
    const page = await open('projects.html')
    try {
      const tied = projects({ tiedTo: '开发区' }).map((p) => p.id)
      const zone = places().find((p) => p.id === 'kaifaqu')!
      expect(await page.textContent('select[name="tie"] option[value="kaifaqu"]')).toContain(`(${tied.length})`)
      await page.selectOption('select[name="tie"]', 'kaifaqu')
      expect(await shown(page, '.site-project')).toEqual(tied)
      const ties = await page.$$eval('.site-project:not([hidden]) .site-tie[data-place="kaifaqu"]', (ties) =>
        ties.map((tie) => {
          const visible = (e: Element) => e.getClientRects().length > 0 && e.getBoundingClientRect().height > 0
          const quotes = Array.from(tie.querySelectorAll('blockquote')).filter(visible)
          const open = tie.querySelector('.site-chain-open')
          return { project: tie.closest('.site-project')!.id, quotes: quotes.length, last: quotes.at(-1)?.textContent ?? '', open: open ? visible(open) : null }
        })
      )
      expect(new Set(ties.map((t) => t.project))).toEqual(new Set(tied))
      expect(ties.filter((t) => t.quotes === 0)).toEqual([])
      // A chain ends in a quote that names the 开发区, or says, visibly, that the text gives no such link.
      const names = [zone.name, ...zone.aliases]
      expect(ties.filter((t) => !names.some((n) => t.last.includes(n)) && t.open !== true)).toEqual([])
      expect(ties.filter((t) => t.open !== null && names.some((n) => t.last.includes(n)))).toEqual([])
      console.log(`test/site: 开发区 filter: ${ties.length} ties of ${tied.length} projects, ${ties.filter((t) => t.open).length} chains the text leaves open`)
      expect(page.url()).toContain('tie=kaifaqu')
      // On a desktop the panel starts open, and its summary names the choice and the count.
      expect(await page.$eval('form.site-filters details', (d) => (d as HTMLDetailsElement).open)).toBe(true)
      const summary = await page.textContent('form.site-filters summary')
      expect(summary).toContain(zone.name)
      expect(summary).toContain(`显示 ${tied.length} 个项目`)
    } finally {
      await page.close()
    }
  })

  it('folds the project filters on a 390 px phone into one line that keeps the choice and the count, and opens them from the keyboard', async () => {
    const page = await open('projects.html?tie=kaifaqu', 390)
    try {
      const tied = projects({ tiedTo: '开发区' })
      const zone = places().find((p) => p.id === 'kaifaqu')!
      const height = page.viewportSize()!.height
      const panel = () =>
        page.evaluate(() => {
          const form = document.querySelector<HTMLFormElement>('form.site-filters')!
          return {
            height: form.getBoundingClientRect().height,
            open: form.querySelector('details')!.open,
            summary: form.querySelector('summary')!.textContent ?? '',
            first: document.querySelector('.site-project:not([hidden])')!.getBoundingClientRect().top,
            selects: Array.from(form.querySelectorAll('select')).filter((s) => s.getClientRects().length > 0).map((s) => s.selectedOptions[0]!.textContent)
          }
        })
      const closed = await panel()
      expect(closed.open).toBe(false)
      expect(closed.height).toBeLessThan(height * 0.1)
      expect(closed.summary).toContain(zone.name)
      expect(closed.summary).toContain(`显示 ${tied.length} 个项目`)
      expect(closed.first).toBeLessThan(height * 0.7)
      await page.focus('form.site-filters summary')
      await page.keyboard.press('Enter')
      const opened = await panel()
      expect(opened.open).toBe(true)
      expect(opened.selects).toHaveLength(5)
      expect(opened.selects).toContain(`${zone.name} (${tied.length})`)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe('sector')
    } finally {
      await page.close()
    }
  })

  it('links each project to where the text names it, and the chapter page highlights that mention', async () => {
    const project = projects({ tiedTo: '开发区' }).find((p) => p.kind === 'named')!
    const page = await open(`projects.html#${project.id}`)
    try {
      await page.click(`[id="${project.id}"] .site-mentions a`)
      await page.waitForURL(/chapter-\d+\.html#/)
      expect(new URL(page.url()).hash).toBe(`#${project.id}`)
      const target = await page.evaluate(() => {
        const t = document.querySelector(':target')!
        return { cls: t.className, text: t.textContent, background: getComputedStyle(t).backgroundColor }
      })
      expect(target.cls).toContain('plan-project')
      expect(target.text).toBe(project.raw)
      expect(target.background).not.toBe('rgba(0, 0, 0, 0)')
      // The other mentions are marked quietly (a dotted underline, no tint); the one landed on stands out from them.
      const marks = await page.$$eval('.plan-project', (els) =>
        els.map((e) => {
          const style = getComputedStyle(e)
          return { target: e.matches(':target'), line: style.textDecorationLine, style: style.textDecorationStyle, background: style.backgroundColor, outline: style.outlineStyle }
        })
      )
      expect(marks.length).toBeGreaterThan(1)
      const others = marks.filter((m) => !m.target)
      expect(others.filter((m) => m.line !== 'underline' || m.style !== 'dotted' || m.background !== 'rgba(0, 0, 0, 0)' || m.outline !== 'none')).toEqual([])
      expect(marks.filter((m) => m.target)).toEqual([{ target: true, line: 'underline', style: 'solid', background: target.background, outline: 'solid' }])
    } finally {
      await page.close()
    }
  })

  it('searches offline as search() does: 開發區 finds 开发区, each hit opens its node, the index loads on first use', async () => {
    const page = await open('search.html')
    try {
      expect(server.requests.filter((r) => r.endsWith('/search-index.js'))).toEqual([])
      await page.fill('#search-q', '開發區')
      await page.press('#search-q', 'Enter')
      await page.waitForSelector('#search-results li')
      const hits = search('開發區')
      const results = await page.$$eval('#search-results li', (lis) =>
        lis.map((li) => ({ href: li.querySelector('a')!.href, node: li.querySelector('a')!.dataset.node, match: li.querySelector('mark')!.textContent }))
      )
      expect(hits.length).toBeGreaterThan(10)
      expect(results.map((r) => r.node)).toEqual(hits.map((h) => h.id))
      expect(results.every((r) => r.match === '开发区')).toBe(true)
      expect(server.requests.filter((r) => r.endsWith('/search-index.js'))).toHaveLength(1)
      // Each hit opens a page whose target element holds the node's matched text.
      const byPage = new Map<string, Array<{ id: string; text: string }>>()
      for (const [k, r] of results.entries()) {
        const url = new URL(r.href)
        const hit = hits[k]!
        const node = getNode(hit.id) as { value: string }
        byPage.set(url.pathname, [...(byPage.get(url.pathname) ?? []), { id: decodeURIComponent(url.hash.slice(1)), text: node.value.slice(hit.start, hit.end) }])
      }
      const wrong: string[] = []
      for (const [pathname, targets] of byPage) {
        const other = await open(pathname.slice(1))
        try {
          const texts = await other.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent ?? null), targets.map((t) => t.id))
          targets.forEach((t, k) => {
            if (!texts[k]?.includes(t.text)) wrong.push(`${pathname}#${t.id}`)
          })
        } finally {
          await other.close()
        }
      }
      expect(wrong).toEqual([])
      await page.click('#search-results li:nth-child(3) a')
      await page.waitForURL(/chapter-\d+\.html#/)
      expect(await page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).toContain('开发区')
    } finally {
      await page.close()
    }
  }, 120_000)

  it('has no serious or critical accessibility violation on any page (axe-core)', async () => {
    const axe = path.join(root, 'node_modules/axe-core/axe.min.js')
    const report: Record<string, Record<string, string[]>> = {}
    const serious: string[] = []
    for (const width of WIDTHS)
      for (const file of [...files, 'search.html?q=開發區']) {
        const page = await open(file, width)
        try {
          if (file.startsWith('search.html?')) await page.waitForSelector('#search-results li')
          await page.addScriptTag({ path: axe })
          const violations = await page.evaluate(async () => {
            const w = window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }
            const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
            return r.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }))
          })
          const key = `${file} @ ${width}px`
          report[key] = {}
          for (const v of violations) {
            ;(report[key]![v.impact] ??= []).push(`${v.id} (${v.count})`)
            if (v.impact === 'serious' || v.impact === 'critical') serious.push(`${key}: ${v.impact} ${v.id} (${v.count})`)
          }
        } finally {
          await page.close()
        }
      }
    fs.writeFileSync(path.join(out, 'axe.json'), JSON.stringify(report, null, 2) + '\n')
    expect(serious).toEqual([])
  }, 300_000)

  it('never scrolls sideways on a 390 px phone, except inside a table scroller, and each scroller that scrolls says so', async () => {
    const overflowing: string[] = []
    const scrollers: Array<{ file: string; over: number; hint: string; cues: string; focusable: boolean; role: string | null; named: boolean }> = []
    for (const file of [...files, 'search.html?q=開發區']) {
      const page = await open(file, 390)
      try {
        if (file.startsWith('search.html?')) await page.waitForSelector('#search-results li')
        const found = await page.evaluate(() => {
          const out: string[] = []
          const page = document.documentElement.scrollWidth - document.documentElement.clientWidth
          if (page > 0) out.push(`the page scrolls ${page}px sideways`)
          const scroller = '.plan-table-scroll, .site-table-scroll'
          for (const e of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
            if (e.closest(scroller) || e.getClientRects().length === 0) continue
            const r = e.getBoundingClientRect()
            if (r.right > innerWidth + 1 || r.left < -1) out.push(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className} (${Math.round(r.left)}–${Math.round(r.right)})`)
          }
          const boxes = Array.from(document.querySelectorAll<HTMLElement>(scroller)).filter((e) => e.getClientRects().length > 0)
          return {
            out: out.slice(0, 5),
            scrollers: boxes.map((e) => {
              const before = getComputedStyle(e, '::before')
              return {
                over: e.scrollWidth - e.clientWidth,
                hint: before.display === 'none' ? '' : before.content,
                cues: getComputedStyle(e).backgroundAttachment,
                focusable: e.tabIndex >= 0,
                role: e.getAttribute('role'),
                named: Boolean(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby'))
              }
            })
          }
        })
        for (const f of found.out) overflowing.push(`${file}: ${f}`)
        for (const box of found.scrollers) scrollers.push({ file, ...box })
      } finally {
        await page.close()
      }
    }
    expect(overflowing).toEqual([])
    // A table cut off at the screen's edge says that it scrolls: a line above it, and edge shadows (covers that move with the table over shadows fixed to the box).
    const scrolling = scrollers.filter((s) => s.over > 0)
    const withTables = [...crawled].filter(([, page]) => tables().some((t) => page.ids.includes(t.id))).map(([file]) => file)
    expect(withTables.length).toBeGreaterThanOrEqual(tables().length)
    expect(new Set(scrolling.map((s) => s.file))).toEqual(new Set(withTables))
    expect(scrolling.filter((s) => !/滑动/.test(s.hint))).toEqual([])
    expect(scrolling.filter((s) => !/local/.test(s.cues) || !/scroll/.test(s.cues))).toEqual([])
    // …and stays a named region the keyboard can reach and scroll.
    expect(scrolling.filter((s) => !s.focusable || s.role !== 'region' || !s.named)).toEqual([])
    expect(scrollers.filter((s) => s.over <= 0 && s.hint)).toEqual([])
  }, 120_000)

  it('prints a chapter without the site around it', async () => {
    const page = await open('chapter-4.html')
    try {
      await page.emulateMedia({ media: 'print' })
      const hidden = await page.$$eval('.site-header, .site-sidebar, .site-outline-narrow, .site-pager, .site-footer', (els) => els.map((e) => getComputedStyle(e).display))
      expect(hidden.every((d) => d === 'none')).toBe(true)
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.plan-chapter')!).display)).toBe('block')
      await page.screenshot({ path: path.join(out, 'chapter-4-print.png') })
    } finally {
      await page.close()
    }
  })

  it('prints the indicators page with its first chart on page 1, at a readable size', async () => {
    // The A4 page plan.css asks for (210 × 297 mm, margins 20 mm and 18 mm), in CSS px at 96 per inch.
    const px = (mm: number) => Math.floor((mm * 96) / 25.4)
    const sheet = { width: px(210 - 2 * 18), height: px(297 - 2 * 20) }
    const page = await open('indicators.html', sheet.width)
    try {
      await page.emulateMedia({ media: 'print' })
      const chart = await page.evaluate(() => {
        const shown = Array.from(document.querySelectorAll<SVGSVGElement>('#chart-1-1 svg')).filter((s) => s.getClientRects().length > 0)
        const svg = shown[0]!
        const box = svg.getBoundingClientRect()
        const name = svg.querySelector('text')!
        return { shown: shown.length, bottom: box.bottom + scrollY, font: (parseFloat(getComputedStyle(name).fontSize) * box.width) / svg.viewBox.baseVal.width }
      })
      expect(chart.shown).toBe(1)
      // The chart is one image that cannot break: it must end within the first page, not leave page 1 to the headings.
      expect(chart.bottom).toBeLessThan(sheet.height)
      // 8 pt at least (1 pt = 4/3 px).
      expect(chart.font).toBeGreaterThanOrEqual(8 * (4 / 3))
      await page.screenshot({ path: path.join(out, 'indicators-print.png'), clip: { x: 0, y: 0, width: sheet.width, height: sheet.height } })
    } finally {
      await page.close()
    }
  })

  it('saves screenshots of each page kind at 390 and 1280 px for a person to look at', async () => {
    // A project mention as the projects page links to it (the chapter page highlights it).
    const named = projects({ tiedTo: '开发区' }).find((p) => p.kind === 'named')!
    const mention = `${[...crawled].find(([file, page]) => file.startsWith('chapter-') && page.ids.includes(named.id))![0]}#${named.id}`
    const kinds: Array<[string, string, (page: Page) => Promise<void>]> = [
      ['home', 'index.html', async () => {}],
      ['chapter', 'chapter-4.html', async () => {}],
      ['chapter-box', 'chapter-4.html#box_4-3', async () => {}],
      ['chapter-table', 'chapter-1.html#table_1-1', async () => {}],
      ['indicators', 'indicators.html', async () => {}],
      ['indicators-filtered', 'indicators.html?attribute=约束性#indicator-tables-title', async () => {}],
      ['projects', 'projects.html?tie=kaifaqu', async () => {}],
      ['chapter-project', mention, async () => {}],
      ['search', 'search.html?q=開發區', async (page) => void (await page.waitForSelector('#search-results li'))],
      ['404', 'no/such/page.html', async () => {}]
    ]
    for (const width of WIDTHS)
      for (const [kind, url, ready] of kinds) {
        const page = await open(url, width)
        try {
          await ready(page)
          await page.screenshot({ path: path.join(out, `${kind}-${width}.png`) })
          if (kind === 'indicators')
            for (const id of ['chart-1-1', 'chart-2-1']) await page.locator(`#${id}`).screenshot({ path: path.join(out, `${id}-${width}.png`) })
        } finally {
          await page.close()
        }
      }
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(kinds.length * WIDTHS.length)
  }, 120_000)
})
