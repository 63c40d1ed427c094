/**
 * What each entry point loads. The query entries ('.', './outline',
 * './tree', './indicators', './projects') read prebuilt data and need no
 * validator or Markdown parser: a module that pulls zod or unified into them
 * (a runtime helper placed next to a schema, say) would double the browser
 * bundle and slow every cold start, so the import graph is checked here, not
 * only measured by the benchmark.
 *
 * The data is cut by domain (src/data/split.ts): each entry loads, in Node
 * (every static import), only its domains' data modules, and a bundle of one
 * function of the default entry keeps only the data that function needs
 * (scripts/bench/domains.ts, the table the benchmark measures).
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Metafile } from 'esbuild'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { FUNCTIONS } from '../scripts/bench/domains.js'
import { root } from './helpers.js'

const SRC: Record<string, string> = {
  '@huozhou/plan': 'src/index.ts',
  '@huozhou/plan/outline': 'src/outline.ts',
  '@huozhou/plan/tree': 'src/tree.ts',
  '@huozhou/plan/indicators': 'src/indicators.ts',
  '@huozhou/plan/projects': 'src/projects.ts',
  '@huozhou/plan/render': 'src/render.ts',
  '@huozhou/plan/remark': 'src/remark.ts',
  '@huozhou/plan/parser': 'src/parser.ts'
}

async function metafile(contents: string): Promise<Metafile> {
  const result = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent', external: ['node:*'] })
  return result.metafile
}

/** Every module an entry reaches through static imports: what Node loads when it is imported. */
async function inputsOf(entry: string): Promise<string[]> {
  return Object.keys((await metafile(`export * from './${entry}'`)).inputs)
}

/** The data modules (src/generated) in a list of inputs, by file name. */
const dataOf = (inputs: readonly string[]) =>
  inputs
    .filter((p) => p.includes('src/generated/'))
    .map((p) => path.basename(p))
    .sort()

describe.each([['src/index.ts'], ['src/outline.ts'], ['src/tree.ts'], ['src/indicators.ts'], ['src/projects.ts']])('%s', (entry) => {
  it('bundles without zod, unified, remark or any mdast/hast utility', async () => {
    const heavy = (await inputsOf(entry)).filter((p) => /node_modules\/(zod|unified|remark-|mdast-|hast-)/.test(p))
    expect(heavy).toEqual([])
  })
})

describe('src/parser.ts', () => {
  it('does load the parser and the validator (the check above can fail)', async () => {
    const inputs = await inputsOf('src/parser.ts')
    expect(inputs.some((p) => p.includes('node_modules/zod'))).toBe(true)
    expect(inputs.some((p) => p.includes('node_modules/remark-parse'))).toBe(true)
  })
})

describe('each entry loads its own domains, and only them', () => {
  const TREE = ['plan.json', 'redirects.json', 't2s.ts', 'tables.json']
  const PROJECTS = ['gazetteer.json', 'projects.json', 'redirects.json', 'sectors.json']
  it.each([
    ['src/outline.ts', ['outline.json']],
    ['src/indicators.ts', ['tables.json']],
    ['src/projects.ts', PROJECTS],
    ['src/tree.ts', TREE],
    // The renderers read where the text names each project (mentions.json), not the projects.
    ['src/render.ts', ['mentions.json', 'plan.json', 'redirects.json', 'tables.json']],
    ['src/remark.ts', ['mentions.json', 'plan.json', 'redirects.json', 'tables.json']],
    ['src/parser.ts', []],
    // The default entry loads every domain (a bundler keeps only what is imported: below).
    ['src/index.ts', [...new Set([...TREE, ...PROJECTS, 'outline.json'])].sort()]
  ])('%s loads %j', async (entry, data) => {
    expect(dataOf(await inputsOf(entry))).toEqual(data)
  })
})

describe('a bundle of one function keeps only the data that function needs', () => {
  const single = FUNCTIONS.filter((f) => f.name !== '*')
  it('the table covers every function of the query entries', () => {
    const names = new Set(single.map((f) => f.name))
    for (const name of ['outline', 'getNode', 'getBox', 'resolveId', 'ancestors', 'boxes', 'tables', 'getTable', 'text', 'indicators', 'search', 'projects', 'getProject', 'sectors', 'places', 'tree', 'is', 'toHtml', 'remarkPlan'])
      expect(names.has(name), name).toBe(true)
  })
  it.each(single.map((f) => [`${f.name} from '${f.entry}'`, f] as const))('%s', async (_, f) => {
    const meta = await metafile(`export { ${f.name} } from './${SRC[f.entry]}'`)
    const output = Object.values(meta.outputs)[0]!
    const kept = Object.entries(output.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([file]) => file)
    expect(dataOf(kept).filter((name) => name.endsWith('.json'))).toEqual([...f.data].sort())
  })
  it('the check above can fail: the whole default entry keeps every domain but the mentions', async () => {
    const output = Object.values((await metafile(`export * from './src/index.ts'`)).outputs)[0]!
    const kept = dataOf(Object.entries(output.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([file]) => file))
    expect(kept).toEqual(['gazetteer.json', 'outline.json', 'plan.json', 'projects.json', 'redirects.json', 'sectors.json', 't2s.ts', 'tables.json'])
  })
})

describe('each built entry exports at run time every value its declarations name', () => {
  // A name that two `export *` give (the default entry re-exports every domain entry) is dropped by the bundler
  // without a word when it is an import of dist/core.js: the types would promise what the module lacks.
  const program = ts.createProgram(Object.values(SRC).map((f) => path.join(root, f)), { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true })
  const checker = program.getTypeChecker()
  const values = (file: string) => {
    const symbol = checker.getSymbolAtLocation(program.getSourceFile(path.join(root, file))!)!
    return checker
      .getExportsOfModule(symbol)
      .filter((s) => ((s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s).flags & ts.SymbolFlags.Value) !== 0)
      .map((s) => s.name)
      .sort()
  }
  it.each(Object.entries(SRC))('%s', async (_entry, file) => {
    const built = path.join(root, 'dist', `${path.basename(file, '.ts')}.js`)
    const names = values(file)
    expect(names.length).toBeGreaterThan(0)
    expect(Object.keys(await import(pathToFileURL(built).href)).sort()).toEqual(names)
  })
})
