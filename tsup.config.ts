import fs from 'node:fs/promises'
import { defineConfig, type Options } from 'tsup'
import type { Plugin } from 'esbuild'

/**
 * Bundle JSON data as `JSON.parse('…')` rather than an object literal: V8
 * parses a JSON string faster than the same data as JavaScript, which is
 * most of this package's import time.
 */
const jsonAsParse: Plugin = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await fs.readFile(args.path, 'utf8'))))})`,
      loader: 'js'
    }))
  }
}

const shared: Options = {
  target: 'node20',
  platform: 'neutral',
  sourcemap: false,
  treeshake: true,
  esbuildPlugins: [jsonAsParse],
  external: ['unified', 'remark-parse', 'remark-gfm', 'mdast-util-to-string', 'zod']
}

export default defineConfig([
  {
    ...shared,
    // ESM: the CLI shares the data chunk with the main entry instead of carrying a copy.
    entry: { index: 'src/index.ts', parser: 'src/parser.ts', cli: 'src/cli.ts' },
    format: ['esm'],
    splitting: true,
    clean: true,
    dts: { entry: { index: 'src/index.ts', parser: 'src/parser.ts' } }
  },
  {
    ...shared,
    entry: { index: 'src/index.ts', parser: 'src/parser.ts' },
    format: ['cjs'],
    splitting: false,
    clean: false,
    dts: { entry: { index: 'src/index.ts', parser: 'src/parser.ts' } }
  }
])
