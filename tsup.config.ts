import fs from 'node:fs/promises'
import path from 'node:path'
import type { Plugin } from 'esbuild'
import { defineConfig, type Options } from 'tsup'

/**
 * The generated data (src/generated/*.json) ships once, as dist/data/*.json,
 * and both builds load it from there: ESM with `import … with { type: 'json' }`,
 * CJS with `require`. Bundlers inline it; Node parses it as JSON, which is
 * as fast as loading data gets. One copy instead of one per format.
 */
const sharedData: Plugin = {
  name: 'shared-data',
  setup(build) {
    // Bundlers inline these JSON modules for their users, so ./outline needs no copy of its own either.
    build.onResolve({ filter: /\/generated\/[^/]+\.json$/ }, (args) => ({ path: `./data/${path.basename(args.path)}`, external: true }))
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
    clean: true,
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
    async onSuccess() {
      await fs.mkdir('dist/data', { recursive: true })
      for (const file of await fs.readdir('src/generated'))
        if (/\.(json|csv)$/.test(file)) await fs.copyFile(path.join('src/generated', file), path.join('dist/data', file))
      // The stylesheet ships as written (readable, with its comments): @huozhou/plan/style.css.
      await fs.copyFile('src/style/plan.css', 'dist/style.css')
    }
  }
])
