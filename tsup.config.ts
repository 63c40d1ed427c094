import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import * as esbuild from 'esbuild'
import type { Plugin } from 'esbuild'
import { defineConfig, type Options } from 'tsup'
import ts from 'typescript'

/**
 * The data modules (src/generated/*.json) ship once, as dist/data/*.json,
 * which the data build writes (scripts/build.ts, compact): the built entries
 * import them from there (ESM: `import … with { type: 'json' }`; bundlers
 * inline them, Node parses them as JSON, which is as fast as loading data
 * gets), one file per data domain (scripts/build/data.ts), so that an entry
 * loads only the domains it queries.
 *
 * package.json does not export the files the library imports: a module is
 * one instance for every importer of the same file, and a consumer who
 * imported one and changed it before the library's first query (which
 * deep-freezes what it loads) would change the answers of everyone in the
 * process. Their data reach consumers through the API (`tree()`,
 * `projects()` …) and, for other tools, as files in the installed package.
 */
const packageData: Plugin = {
  name: 'package-data',
  setup(build) {
    build.onResolve({ filter: /\/generated\/[^/]+\.json$/ }, (args) => {
      const name = path.basename(args.path)
      const source = path.join('dist/data', name)
      if (!fs.existsSync(source)) return { errors: [{ text: `${source} is missing: run npm run build (npm run build:data writes dist/data)` }] }
      // Every chunk is in dist/, beside dist/data.
      return { path: `./data/${name}`, external: true }
    })
  }
}

/**
 * The shared core (src/core.ts): its modules are bundled once, into
 * dist/core.js, and every import of one of them from anywhere else becomes an
 * import of './core.js' (which re-exports them all under their own names).
 * The modules are the ones src/core.ts re-exports (`export * from './x.js'`):
 * the list is written once, there.
 */
const CORE_ENTRY = 'src/core.ts'
const CORE_MODULES = [...fs.readFileSync(CORE_ENTRY, 'utf8').matchAll(/^export \* from '(\.[^']+)\.js'$/gm)].map((m) => path.resolve(path.dirname(CORE_ENTRY), `${m[1]}.ts`))
for (const file of CORE_MODULES) if (!fs.existsSync(file)) throw new Error(`${CORE_ENTRY} re-exports ${path.relative('.', file)}, which does not exist`)

/** A path as esbuild prints it in its output and metafile: relative, with forward slashes on every system. */
const posix = (file: string) => path.relative('.', file).split(path.sep).join('/')

const sharedCore: Plugin = {
  name: 'shared-core',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const file = path.resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts')
      return CORE_MODULES.includes(file) ? { path: './core.js', external: true } : undefined
    })
  }
}

/**
 * dist/core.js, checked: it bundles the core modules and nothing else (a
 * module outside the core would then be a second copy of it), no other built
 * file bundles a copy of a core module, and every name a built file imports
 * from it is one it exports (two `export *` of the same name would drop it,
 * silently, and the package would fail only when imported).
 */
async function buildCore(): Promise<void> {
  const result = await esbuild.build({ entryPoints: [CORE_ENTRY], outfile: 'dist/core.js', bundle: true, format: 'esm', platform: 'neutral', target: 'node20.10', metafile: true, logLevel: 'warning' })
  const core = new Set(CORE_MODULES.map(posix))
  const outside = Object.keys(result.metafile.inputs).filter((f) => f !== CORE_ENTRY && !core.has(f))
  if (outside.length) throw new Error(`${CORE_ENTRY}: the shared core reaches ${outside.join(', ')}; a core module may import only core modules`)
  // What the module really exports, as Node links it (the metafile lists a name two `export *` give, which the code drops).
  const exported = new Set(Object.keys(await import(`${pathToFileURL(path.resolve('dist/core.js')).href}?${Date.now()}`)))
  // esbuild heads each module it bundles with `// src/…` when it does not minify.
  const heads = [...core].map((f) => `// ${f}\n`)
  for (const file of fs.readdirSync('dist').filter((f) => f.endsWith('.js') && f !== 'core.js')) {
    const text = fs.readFileSync(path.join('dist', file), 'utf8')
    const copied = heads.find((head) => text.includes(head))
    if (copied) throw new Error(`dist/${file} bundles ${copied.slice(3, -1)}, which only dist/core.js may hold`)
    for (const m of text.matchAll(/(?:import|export)\s*\{([^}]*)\}\s*from\s*"\.\/core\.js"/g))
      for (const name of m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!).filter(Boolean))
        if (!exported.has(name)) throw new Error(`dist/${file} imports ${name} from ./core.js, which does not export it (is it re-exported by ${CORE_ENTRY}, and by one module only?)`)
  }
}

const shared: Options = {
  target: 'node20.10',
  platform: 'neutral',
  sourcemap: false,
  // esbuild tree-shakes already; tsup's extra rollup pass would drop the `with { type: 'json' }` import attributes.
  treeshake: false,
  esbuildPlugins: [packageData, sharedCore],
  external: ['unified', 'remark-parse', 'remark-gfm', 'mdast-util-to-string', 'zod', 'mdast-util-to-hast', 'hast-util-to-html', 'mdast-util-to-markdown', 'mdast-util-gfm']
}

/** The package's entries (package.json "exports"); scripts/build/cjs.ts gives each a CommonJS wrapper. */
export const entries = {
  index: 'src/index.ts',
  outline: 'src/outline.ts',
  tree: 'src/tree.ts',
  indicators: 'src/indicators.ts',
  projects: 'src/projects.ts',
  parser: 'src/parser.ts',
  render: 'src/render.ts',
  remark: 'src/remark.ts'
}

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
 * the files in the program's own order, the same every time, and the
 * .d.ts are bundled from its output (the .d.cts of the CommonJS wrappers
 * only point into them).
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
  return {
    ...shared,
    entry: { ...entries, cli: 'src/cli.ts' },
    format: ['esm'],
    // Entries share chunks instead of carrying copies: a domain's code and data load once, whichever entries a process uses.
    splitting: true,
    // Not minified, and no source maps: the ES modules read as the source does (esbuild strips the types and
    // joins the modules), so a stack trace points at a line a reader understands, in the file that ran. Measured
    // against the npm tarball: this costs 6 kB (1.5 %) over whitespace- and syntax-minified code, where source
    // maps (which must carry the sources to be read) would cost 131 kB (32 %).
    minify: false,
    // Everything but dist/data, which the data build has just written.
    clean: ['!data/**'],
    // One set of declarations; the CommonJS wrappers' .d.cts point into it (scripts/build/cjs.ts, run after tsup: the
    // declaration step removes other declaration files when it starts, which may be after onSuccess).
    dts: { entry: declarations },
    onSuccess: async () => {
      // The stylesheet ships as written (readable, with its comments): @huozhou/plan/style.css.
      fs.copyFileSync('src/style/plan.css', 'dist/style.css')
      await buildCore()
    }
  }
})
