import fs from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'esbuild'
import { defineConfig, type Options } from 'tsup'

/**
 * The data modules (src/generated/*.json) ship as dist/data/*.json, which
 * the data build writes (scripts/build.ts, compact) and the package exports
 * as `@huozhou/plan/data/*` for its users to read. The library itself loads
 * a copy of its own, dist/internal/*.json, which nothing exports: a module
 * is one instance for every importer of the same file, and a user who
 * imported `@huozhou/plan/data/plan.json` and changed it before the
 * library's first query (which deep-freezes what the library loads) would
 * otherwise change `text()`, `search()`, `toHtml()` and `projects()` for
 * everyone in the process. A copy costs nothing at run time (the same JSON
 * is parsed the same way), only bytes in the tarball.
 *
 * Both builds load that copy: ESM with `import … with { type: 'json' }`, CJS
 * with `require`. Bundlers inline it; Node parses it as JSON, which is as
 * fast as loading data gets. One copy for both formats, not one per format.
 */
const INTERNAL = 'internal'
const sharedData: Plugin = {
  name: 'shared-data',
  setup(build) {
    // Bundlers inline these JSON modules for their users, so ./outline needs no copy of its own either.
    build.onResolve({ filter: /\/generated\/[^/]+\.json$/ }, (args) => {
      const name = path.basename(args.path)
      const source = path.join('dist/data', name)
      if (!fs.existsSync(source)) return { errors: [{ text: `${source} is missing: run npm run build (npm run build:data writes dist/data)` }] }
      fs.mkdirSync(path.join('dist', INTERNAL), { recursive: true })
      fs.copyFileSync(source, path.join('dist', INTERNAL, name))
      return { path: `./${INTERNAL}/${name}`, external: true }
    })
  }
}

const shared: Options = {
  target: 'node20.10',
  platform: 'neutral',
  sourcemap: false,
  // esbuild tree-shakes already; tsup's extra rollup pass would drop the `with { type: 'json' }` import attributes.
  treeshake: false,
  esbuildPlugins: [sharedData],
  external: ['unified', 'remark-parse', 'remark-gfm', 'mdast-util-to-string', 'zod', 'mdast-util-to-hast', 'hast-util-to-html', 'mdast-util-to-markdown', 'mdast-util-gfm']
}

const entries = { index: 'src/index.ts', outline: 'src/outline.ts', parser: 'src/parser.ts', render: 'src/render.ts', remark: 'src/remark.ts' }

export default defineConfig([
  {
    ...shared,
    entry: { ...entries, cli: 'src/cli.ts' },
    format: ['esm'],
    // The CLI shares chunks with the main entry instead of carrying copies.
    splitting: true,
    // Whitespace and syntax minified, names kept: stack traces and a debugger still read as the source does.
    esbuildOptions(options) {
      options.minifyWhitespace = true
      options.minifySyntax = true
    },
    // Everything but dist/data, which the data build has just written (dist/internal is copied from it again).
    clean: ['!data/**'],
    dts: { entry: entries }
  },
  {
    ...shared,
    entry: entries,
    format: ['cjs'],
    splitting: false,
    clean: false,
    // unified, remark and the mdast/hast utilities are ESM-only; the CJS build
    // require()s them, which Node supports from 20.19 (package.json engines).
    // Minified: the CJS files are for require(); the ESM ones stay readable
    // for whoever steps into them from a debugger.
    minify: true,
    dts: { entry: entries },
    onSuccess: async () => {
      // The stylesheet ships as written (readable, with its comments): @huozhou/plan/style.css.
      fs.copyFileSync('src/style/plan.css', 'dist/style.css')
    }
  }
])
