/**
 * The rendered HTML with style.css, in headless Chromium (Debian's, driven by
 * playwright-core): a chapter with a 专栏 and 表 1-1 at a phone's width
 * (390 px) and a desktop's (1280 px), saved as screenshots under
 * test-results/screenshots/ (not committed) for a person to look at, and the
 * layout promises the stylesheet makes checked in the page: no sideways
 * scrolling of the page on a phone (the table scrolls in its own box), boxes
 * framed, the header sticky, 约束性 rows set apart. One browser for all.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toHtml } from '../../src/render.js'
import { read, root } from '../helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const out = path.join(root, 'test-results/screenshots')
const css = read('src/style/plan.css')
const present = fs.existsSync(CHROMIUM)
if (!present) console.log(`test/browser: ${CHROMIUM} is not installed, so the screenshots are skipped (.ci/run installs it)`)

const pageFor = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>body{margin:0}${css}</style></head><body><main class="plan">${body}</main></body></html>`

/** The chapter with a 专栏 whose text is shortest, so that a full-page shot stays readable. */
const CHAPTER = 'chp_3'
const pages = {
  chapter: pageFor('第三章', toHtml(CHAPTER)),
  table: pageFor('表 1-1', toHtml('table_1-1'))
}

describe.skipIf(!present)('style.css in headless Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
    fs.mkdirSync(out, { recursive: true })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  async function open(html: string, width: number, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 844 }, colorScheme: options.colorScheme ?? 'light' })
    await page.setContent(html, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    return page
  }

  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

  for (const width of [390, 1280]) {
    it(`lays out a chapter with its 专栏 at ${width} px: framed boxes, no sideways scrolling`, async () => {
      const page = await open(pages.chapter, width)
      try {
        expect(await overflow(page)).toBeLessThanOrEqual(0)
        const box = await page.evaluate(() => {
          const aside = document.querySelector('aside.plan-box')!
          const style = getComputedStyle(aside)
          return { border: parseFloat(style.borderTopWidth), right: aside.getBoundingClientRect().right, items: aside.querySelectorAll('li').length }
        })
        expect(box.border).toBeGreaterThanOrEqual(1)
        expect(box.right).toBeLessThanOrEqual(width)
        expect(box.items).toBeGreaterThan(0)
        await page.screenshot({ path: path.join(out, `chapter-3-${width}.png`), fullPage: true })
        await page.screenshot({ path: path.join(out, `chapter-3-${width}-top.png`) })
        await page.locator('aside.plan-box').first().screenshot({ path: path.join(out, `chapter-3-${width}-box.png`) })
      } finally {
        await page.close()
      }
    })

    it(`lays out 表 1-1 at ${width} px: the table scrolls in its own box only where it does not fit`, async () => {
      const page = await open(pages.table, width)
      try {
        expect(await overflow(page)).toBeLessThanOrEqual(0)
        const table = await page.evaluate(() => {
          const scroller = document.querySelector('.plan-table-scroll')!
          const row = (attribute: string) => getComputedStyle(document.querySelector(`tr[data-attribute="${attribute}"] td`)!).backgroundColor
          return {
            scrolls: scroller.scrollWidth > scroller.clientWidth,
            sticky: getComputedStyle(document.querySelector('.plan-table thead')!).position,
            binding: row('约束性'),
            anticipatory: row('预期性'),
            caption: document.querySelector('figcaption')!.getBoundingClientRect().width > 0
          }
        })
        expect(table.scrolls).toBe(width < 700)
        expect(table.sticky).toBe('sticky')
        expect(table.binding).not.toBe(table.anticipatory)
        expect(table.caption).toBe(true)
        await page.screenshot({ path: path.join(out, `table-1-1-${width}.png`), fullPage: true })
      } finally {
        await page.close()
      }
    })
  }

  it('keeps 表 1-1 readable in dark mode and in print', async () => {
    const dark = await open(pages.table, 1280, { colorScheme: 'dark' })
    try {
      const colours = await dark.evaluate(() => [getComputedStyle(document.querySelector('.plan')!).backgroundColor, getComputedStyle(document.querySelector('.plan')!).color])
      expect(colours[0]).not.toBe(colours[1])
      expect(colours[0]).not.toBe('rgb(255, 255, 255)')
      await dark.screenshot({ path: path.join(out, 'table-1-1-1280-dark.png'), fullPage: true })
      await dark.emulateMedia({ media: 'print', colorScheme: 'light' })
      expect(await dark.evaluate(() => getComputedStyle(document.querySelector('.plan-table thead')!).display)).toBe('table-header-group')
      await dark.screenshot({ path: path.join(out, 'table-1-1-print.png'), fullPage: true })
    } finally {
      await dark.close()
    }
  })
})
