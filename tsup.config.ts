import fs from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'esbuild'
import { defineConfig, type Options } from 'tsup'
import ts from 'typescript'

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

/** Where the declarations are emitted before tsup bundles them: out of the package, out of git, and not under node_modules (whose files the dts step takes for other packages' and leaves out). */
const DECLARATIONS = '.cache/types'

/**
 * The declarations of the entries, emitted by the TypeScript compiler in one
 * program, before tsup's dts step bundles them; that step is then given
 * these `.d.ts` files and prints no type of its own.
 *
 * Why: left to itself, tsup's dts step (rollup-plugin-dts) asks its program
 * for each file's declarations in the order rollup happens to load the
 * files, which varies from run to run. The checker numbers types as it meets
 * them and prints a union in that order, so an inferred union such as
 * `"table" | "plan" | …` came out in a different order from one build to the
 * next, and with it the content hash in the shared chunks' names
 * (`make-idZXadct.d.ts` ↔ `make-Yf1btdAl.d.ts`). One `program.emit()` walks
 * the files in the program's own order, the same every time, and both
 * formats (.d.ts, .d.cts) are bundled from its output.
 */
function emitDeclarations(): Record<string, string> {
  fs.rmSync(DECLARATIONS, { recursive: true, force: true })
  const config = ts.readConfigFile('tsconfig.json', ts.sys.readFile)
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, process.cwd())
  const program = ts.createProgram(Object.values(entries), {
    ...options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: false,
    noEmitOnError: false,
    rootDir: 'src',
    outDir: DECLARATIONS
  })
  // Errors only: `emitSkipped` is set whenever a file has no declarations to write (the JSON modules).
  const errors = program.emit().diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error)
  if (errors.length) throw new Error(`declarations: ${ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' })}`)
  const out = Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(DECLARATIONS, path.relative('src', file)).replace(/\.ts$/, '.d.ts')]))
  for (const file of Object.values(out)) if (!fs.existsSync(file)) throw new Error(`declarations: ${file} was not written`)
  return out
}

export default defineConfig(() => {
  const declarations = emitDeclarations()
  return [
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
    dts: { entry: declarations }
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
    dts: { entry: declarations },
    onSuccess: async () => {
      // The stylesheet ships as written (readable, with its comments): @huozhou/plan/style.css.
      fs.copyFileSync('src/style/plan.css', 'dist/style.css')
    }
  }
]
})
