/**
 * 5. Size: what a consumer downloads. The npm tarball and its unpacked size
 * against the corpus text gzipped (the information it carries, at its
 * smallest); and every public function imported alone (./domains.ts), as a
 * browser bundle (esbuild, minified, gzip -9) next to the gzip of the data it
 * truly needs, which no bundle can undercut, and of its code (the same bundle
 * with every data file emptied).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import zlib from 'node:zlib'
import * as esbuild from 'esbuild'
import { FUNCTIONS, type FunctionBundle } from './domains.js'
import { single, type Row } from './result.js'

const SOURCE = 'corpus/huozhou-14th/source.txt'
const TARBALL_TARGET = 2.5
const gz = (bytes: Uint8Array | string) => zlib.gzipSync(bytes, { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const DATA = /[\\/]dist[\\/]data[\\/]([^\\/]+\.json)$/

interface Pack { size: number; unpackedSize: number; entryCount: number; files: Array<{ path: string; size: number }> }

function tarball(): Pack {
  // npm on Windows is npm.cmd; shell keeps it portable.
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', shell: process.platform === 'win32' })
  if (r.status !== 0) throw new Error(`npm pack --dry-run failed: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`)
  const [pack] = JSON.parse(r.stdout) as Pack[]
  if (!pack) throw new Error('npm pack --dry-run --json printed no package')
  return pack
}

/**
 * What the tarball's bytes are: each file gzipped on its own (an estimate of
 * its share; the tarball compresses them as one stream), grouped by kind.
 */
function composition(pack: Pack): Record<string, number> {
  const kind = (f: string) =>
    f.startsWith('dist/data/') ? f : f.endsWith('.d.ts') || f.endsWith('.d.cts') ? 'dist/*.d.ts, *.d.cts' : f.endsWith('.cjs') ? 'dist/*.cjs' : f.startsWith('dist/') && f.endsWith('.js') ? 'dist/*.js' : f
  const out: Record<string, number> = {}
  for (const f of pack.files) out[kind(f.path)] = (out[kind(f.path)] ?? 0) + gz(fs.readFileSync(f.path))
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]))
}

/** Every data file emptied: what is left of a bundle is its code. */
const emptyData: esbuild.Plugin = {
  name: 'empty-data',
  setup(build) {
    build.onLoad({ filter: DATA }, () => ({ contents: 'null', loader: 'json' }))
  }
}

interface Bundle { gzipped: number; minified: number; data: string[]; warnings: string[] }

/** `export { name } from entry` (or `export *`), bundled for the browser; the package resolves itself through its "exports". */
async function bundle(entry: string, name: string, plugins: esbuild.Plugin[] = []): Promise<Bundle> {
  const r = await esbuild.build({
    stdin: { contents: name === '*' ? `export * from '${entry}'` : `export { ${name} } from '${entry}'`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    metafile: true,
    plugins
  })
  const code = r.outputFiles[0]!.contents
  const inputs = Object.values(r.metafile.outputs)[0]!.inputs
  const data = Object.entries(inputs).flatMap(([file, { bytesInOutput }]) => (bytesInOutput > 0 ? (file.match(DATA)?.[1] ?? []) : [])).sort()
  // The package imports itself here (through "exports", not node_modules), so esbuild reports the chunks' bare
  // imports that "sideEffects": false lets it drop; it says nothing of them for a package under node_modules.
  const warnings = r.warnings.map((w) => w.text).filter((w) => !w.includes('was marked as having no side effects'))
  return { gzipped: gz(code), minified: code.length, data, warnings }
}

const dataGz = (files: readonly string[]) => files.reduce((sum, f) => sum + gz(fs.readFileSync(`dist/data/${f}`)), 0)

async function functionRow(f: FunctionBundle): Promise<Row> {
  const whole = await bundle(f.entry, f.name)
  const code = (await bundle(f.entry, f.name, [emptyData])).gzipped
  const data = dataGz(f.data)
  const subpath = f.entry.replace('@huozhou/plan', '.')
  const label = f.name === '*' ? `'${subpath}' (whole entry)` : `${f.name} from '${subpath}'`
  let limit: number | undefined
  let target = 'reported (no target)'
  if (f.rule.kind === 'data') [limit, target] = [f.rule.factor * data + code, `≤ ${f.rule.factor}× data + code = ${kb(f.rule.factor * data + code)}`]
  if (f.rule.kind === 'allowance') [limit, target] = [f.rule.factor * data + f.rule.bytes, `≤ ${f.rule.factor}× data + ${kb(f.rule.bytes)} = ${kb(f.rule.factor * data + f.rule.bytes)}`]
  if (f.rule.kind === 'absolute') [limit, target] = [f.rule.bytes, `≤ ${kb(f.rule.bytes)}`]
  const extra = whole.data.filter((d) => !f.data.includes(d))
  return {
    id: `size:${f.name === '*' ? 'entry' : f.name}:${subpath}`,
    figure: `5 Bundle: ${label}, gz`,
    unit: 'bytes',
    subject: { label: `esbuild (browser, esm, minified), gzip -9; ${kb(whole.minified)} minified`, stats: single(whole.gzipped) },
    baseline: { label: data > 0 ? `gzip -9 of ${f.data.join(' + ')}, each alone` : 'no data', stats: single(data) },
    ratio: data > 0 ? whole.gzipped / data : null,
    target,
    holds: limit === undefined ? null : whole.gzipped <= limit,
    measured: true,
    notes: [
      `code ${kb(code)} gz (the same bundle with every data file emptied); data in the bundle: ${whole.data.join(', ') || 'none'}`,
      ...(extra.length ? [`bundles data it does not need: ${extra.join(', ')}`] : []),
      ...whole.warnings.map((w) => `esbuild: ${w}`)
    ]
  }
}

export async function benchSize(): Promise<{ rows: Row[]; details: Record<string, Record<string, number>> }> {
  const pack = tarball()
  const source = gz(fs.readFileSync(SOURCE))
  const tarballParts = composition(pack)
  const details: Record<string, Record<string, number>> = { 'tarball, files gzipped one by one (bytes)': tarballParts }
  const rows: Row[] = [
    {
      id: 'size:tarball',
      figure: '5 Size: npm tarball',
      unit: 'bytes',
      subject: { label: 'npm pack --dry-run --json: size', stats: single(pack.size) },
      baseline: { label: `gzip -9 of ${SOURCE}`, stats: single(source) },
      ratio: pack.size / source,
      target: `≤ ${TARBALL_TARGET}×`,
      holds: pack.size / source <= TARBALL_TARGET,
      measured: true,
      notes: [`${pack.entryCount} files; gzipped one by one: ${Object.entries(tarballParts).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`]
    },
    {
      id: 'size:unpacked',
      figure: '5 Size: npm package unpacked',
      unit: 'bytes',
      subject: { label: 'npm pack --dry-run --json: unpackedSize', stats: single(pack.unpackedSize) },
      baseline: { label: `gzip -9 of ${SOURCE}`, stats: single(source) },
      ratio: pack.unpackedSize / source,
      target: 'reported (no target)',
      holds: null,
      measured: true,
      notes: []
    }
  ]
  for (const f of FUNCTIONS) rows.push(await functionRow(f))
  return { rows, details }
}
