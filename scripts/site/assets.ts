/**
 * The site's assets: the package's stylesheet (`@huozhou/plan/style.css`, as
 * shipped) and the site's own (minified), and the client scripts bundled with esbuild:
 * small page scripts (filters, outline, search page) and the search index,
 * which only the search page loads, on first use.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')

/** `@huozhou/plan/style.css`: the build copies src/style/plan.css to dist/style.css as it is, so the source is that file without a build. */
const packageStylesheet = path.join(root, 'src/style/plan.css')

/** The search page loads the index itself, at run time: keep it out of the page script. */
const indexIsExternal: esbuild.Plugin = {
  name: 'search-index-external',
  setup(build) {
    build.onResolve({ filter: /^\.\/search-index\.js$/ }, () => ({ path: './search-index.js', external: true }))
  }
}

export interface AssetSizes {
  [file: string]: number
}

export async function writeAssets(outDir: string, targets: Record<string, [string, string]>): Promise<AssetSizes> {
  const assets = path.join(outDir, 'assets')
  fs.mkdirSync(assets, { recursive: true })
  fs.copyFileSync(packageStylesheet, path.join(assets, 'plan.css'))
  // The site's own stylesheet is minified (its comments are for whoever edits it, and every page loads it); the package's is shipped as it is.
  const siteCss = await esbuild.transform(fs.readFileSync(path.join(here, 'site.css'), 'utf8'), { loader: 'css', minify: true, charset: 'utf8', logLevel: 'warning' })
  fs.writeFileSync(path.join(assets, 'site.css'), siteCss.code)
  // UTF-8 as it is: module scripts are always decoded as UTF-8, and escaping the plan's Han text as \uXXXX would double its bytes.
  const common: esbuild.BuildOptions = { bundle: true, format: 'esm', platform: 'browser', target: 'es2020', minify: true, charset: 'utf8', logLevel: 'warning', legalComments: 'none' }
  await esbuild.build({
    ...common,
    entryPoints: { filters: path.join(here, 'client/filters.ts'), outline: path.join(here, 'client/outline.ts'), search: path.join(here, 'client/search-page.ts') },
    outdir: assets,
    plugins: [indexIsExternal]
  })
  await esbuild.build({
    ...common,
    entryPoints: { 'search-index': path.join(here, 'client/search-index.ts') },
    outdir: assets,
    define: { SITE_TARGETS: JSON.stringify(targets) }
  })
  return Object.fromEntries(fs.readdirSync(assets).map((f) => [f, fs.statSync(path.join(assets, f)).size]))
}
