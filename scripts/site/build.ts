/**
 * `npm run site [-- out-dir] [--base=/path/]`: the plan as a static website,
 * built from the package's public entries only (`.`, `./outline`, `./render`
 * and `style.css`), into dist/site/ by default. Any static host serves the
 * folder as it is.
 *
 * Two passes: the first renders each page's part of the plan to hast and
 * records which element IDs each page has (the site map); the second renders
 * the pages with a `linkTo` that sends every node ID to its page and anchor,
 * so a link to any node resolves.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { outline } from '../../src/outline.js'
import { writeAssets, type AssetSizes } from './assets.js'
import { layout, type PageSpec } from './layout.js'
import { CHAPTER_OPTIONS, chapterPage } from './pages/chapter.js'
import { HOME_PARTS, homePage } from './pages/home.js'
import { indicatorsPage } from './pages/indicators.js'
import { notFoundPage } from './pages/not-found.js'
import { projectsPage } from './pages/projects.js'
import { searchPage } from './pages/search.js'
import { siteProjects } from './projects/adapter.js'
import { renderedIds } from './plan-html.js'
import { chapterFile, FILES, SiteMap } from './routes.js'
import { searchTargets } from './search/targets.js'

export interface SiteOptions {
  /** Where to write the site (emptied first). */
  outDir: string
  /** The URL path the site is served from, for the 404 page's links (`/`, `/plan/`). */
  base?: string
}

export interface BuiltSite {
  outDir: string
  /** Page file -> bytes. */
  pages: Record<string, number>
  assets: AssetSizes
}

/** The site map: which page has which element IDs (the plan's nodes and the projects' entries). */
export function siteMap(): SiteMap {
  const site = new SiteMap()
  for (const c of outline().chapters) site.add(chapterFile(c.number), renderedIds(c.id, CHAPTER_OPTIONS))
  for (const part of HOME_PARTS) site.add(FILES.home, renderedIds(part))
  site.add(FILES.projects, siteProjects().map((p) => p.id))
  return site
}

export async function buildSite(options: SiteOptions): Promise<BuiltSite> {
  const base = options.base ?? '/'
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`site: --base must start and end with "/", got ${JSON.stringify(base)}`)
  const outDir = path.resolve(options.outDir)
  fs.rmSync(outDir, { recursive: true, force: true })
  fs.mkdirSync(outDir, { recursive: true })

  const site = siteMap()
  const pages: PageSpec[] = [
    homePage(site),
    ...outline().chapters.map((c) => chapterPage(site, c)),
    indicatorsPage(site),
    projectsPage(site),
    searchPage(),
    notFoundPage(base)
  ]
  const sizes: Record<string, number> = {}
  for (const page of pages) {
    const html = layout(page)
    fs.writeFileSync(path.join(outDir, page.file), html)
    sizes[page.file] = Buffer.byteLength(html)
  }
  const assets = await writeAssets(outDir, searchTargets(site))
  return { outDir, pages: sizes, assets }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const base = args.find((a) => a.startsWith('--base='))?.slice('--base='.length)
  const out = args.find((a) => !a.startsWith('--')) ?? 'dist/site'
  const started = performance.now()
  try {
    const built = await buildSite({ outDir: out, ...(base ? { base } : {}) })
    const total = Object.values(built.pages).reduce((a, b) => a + b, 0) + Object.values(built.assets).reduce((a, b) => a + b, 0)
    console.log(`site: ${Object.keys(built.pages).length} pages and ${Object.keys(built.assets).length} assets (${(total / 1e6).toFixed(2)} MB) in ${path.relative(process.cwd(), built.outDir) || '.'} (${Math.round(performance.now() - started)} ms)`)
  } catch (error) {
    console.error(error instanceof Error ? `site: ${error.message}` : error)
    process.exit(1)
  }
}
