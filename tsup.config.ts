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
    build.onResolve({ filter: /\/generated\/[^/]+\.json$/ }, (args) => {
      // The ./outline entry inlines its small JSON: a sidebar bundle should need no second request.
      if (args.path.endsWith('outline.json')) return undefined
      return { path: `./data/${path.basename(args.path)}`, external: true }
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
  external: ['unified', 'remark-parse', 'remark-gfm', 'mdast-util-to-string', 'zod', 'opencc-js', 'mdast-util-to-hast', 'hast-util-to-html', 'mdast-util-to-markdown', 'mdast-util-gfm']
}

const entries = { index: 'src/index.ts', outline: 'src/outline.ts', parser: 'src/parser.ts', render: 'src/render.ts' }

export default defineConfig([
  {
    ...shared,
    entry: { ...entries, cli: 'src/cli.ts' },
    format: ['esm'],
    // The CLI shares chunks with the main entry instead of carrying copies.
    splitting: true,
    clean: true,
    dts: { entry: entries }
  },
  {
    ...shared,
    entry: entries,
    format: ['cjs'],
    splitting: false,
    clean: false,
    // unified, remark and the mdast/hast utilities are ESM-only: require() cannot
    // load them on every Node 20, so the CommonJS build carries its own copy.
    external: ['zod', 'opencc-js'],
    noExternal: [/^(unified|remark-|mdast-|micromark|hast-|unist-|vfile|bail|trough|devlop|is-plain-obj|extend|decode-named-character-reference|character-entities|ccount|escape-string-regexp|markdown-table|longest-streak|zwitch|property-information|space-separated-tokens|comma-separated-tokens|html-void-elements|stringify-entities|trim-lines)/],
    dts: { entry: entries },
    async onSuccess() {
      await fs.mkdir('dist/data', { recursive: true })
      for (const file of await fs.readdir('src/generated')) await fs.copyFile(path.join('src/generated', file), path.join('dist/data', file))
    }
  }
])
