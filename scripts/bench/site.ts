/**
 * 6. Site: what a reader of the static site (`npm run site`) downloads,
 * gzipped as a static host would send it, against the plan's own text
 * (its Markdown edition, gzip -9): the home page and the largest chapter
 * page with the CSS and scripts they load, and the search index, which the
 * search page fetches on the first search only. Sizes, not times: one
 * build is enough, in quick mode too.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { buildSite } from '../site/build.js'
import { single, type Row } from './result.js'

const PLAN = 'corpus/huozhou-14th/plan.md'
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

/** The assets a page loads: its stylesheets and module scripts. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/<(?:link rel="stylesheet" href|script type="module" src)="([^"]+)"/g)].map((m) => m[1]!)
}

export async function benchSite(): Promise<{ rows: Row[]; details: Record<string, Record<string, number>> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huozhou-site-bench-'))
  try {
    const built = await buildSite({ outDir: dir })
    const plan = gz(PLAN)
    const pageBytes = (file: string) => {
      const html = fs.readFileSync(path.join(dir, file), 'utf8')
      const parts = { [file]: gz(path.join(dir, file)), ...Object.fromEntries(assetsOf(html).map((a) => [a, gz(path.join(dir, a))])) }
      return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts }
    }
    const chapters = Object.keys(built.pages).filter((f) => /^chapter-\d+\.html$/.test(f))
    const largest = chapters.reduce((a, b) => (gz(path.join(dir, b)) > gz(path.join(dir, a)) ? b : a))
    const home = pageBytes('index.html')
    const chapter = pageBytes(largest)
    const index = gz(path.join(dir, 'assets/search-index.js'))
    const pages = Object.fromEntries(Object.keys(built.pages).map((f) => [f, gz(path.join(dir, f))]))
    const baseline = { label: `gzip -9 of ${PLAN} (the plan's own text)`, stats: single(plan) }
    const row = (id: string, figure: string, label: string, bytes: number, target: number, notes: string[]): Row => ({
      id,
      figure,
      unit: 'bytes',
      subject: { label, stats: single(bytes) },
      baseline,
      ratio: bytes / plan,
      target: `≤ ${target / 1000} kB gz`,
      holds: bytes <= target,
      measured: true,
      notes
    })
    const parts = (p: Record<string, number>) => Object.entries(p).map(([k, v]) => `${k} ${kb(v)}`).join(' + ')
    return {
      rows: [
        row('size:site-home', '6 Site: home page, gz', 'index.html with its CSS and scripts, gzip -9', home.total, 20_000, [parts(home.parts)]),
        row('size:site-chapter', '6 Site: largest chapter page, gz', `${largest} with its CSS and scripts, gzip -9`, chapter.total, 40_000, [parts(chapter.parts)]),
        row('size:site-search', '6 Site: search index on first search, gz', 'assets/search-index.js (the plan and search()), gzip -9', index, 150_000, [
          `the search page itself loads ${kb(gz(path.join(dir, 'search.html')) + gz(path.join(dir, 'assets/search.js')))} before it; the index only on the first query`
        ])
      ],
      details: { 'site pages, gzip -9 (bytes)': pages }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
