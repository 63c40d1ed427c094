/**
 * 5. Size: what a consumer downloads. The npm tarball against the corpus text
 * gzipped (the information it carries, at its smallest); the default entry
 * and the ./outline subpath as a browser bundle (esbuild, minified, gzip -9)
 * against their data gzipped alone, which a bundle cannot undercut.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import zlib from 'node:zlib'
import * as esbuild from 'esbuild'
import { single, type Row } from './result.js'

const SOURCE = 'corpus/huozhou-14th/source.txt'
const gz = (bytes: Uint8Array | string) => zlib.gzipSync(bytes, { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

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
    f.startsWith('dist/data/') ? f : f.endsWith('.d.ts') || f.endsWith('.d.cts') ? 'dist/*.d.ts, *.d.cts' : f.endsWith('.cjs') ? 'dist/*.cjs' : f.startsWith('dist/') ? 'dist/*.js' : 'other (README, package.json …)'
  const out: Record<string, number> = {}
  for (const f of pack.files) out[kind(f.path)] = (out[kind(f.path)] ?? 0) + gz(fs.readFileSync(f.path))
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]))
}

/** `export * from spec`, bundled for the browser; the package resolves itself through its "exports". */
async function bundle(spec: string): Promise<{ minified: number; gzipped: number; warnings: string[]; inputs: Record<string, number> }> {
  const r = await esbuild.build({
    stdin: { contents: `export * from '${spec}'`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    metafile: true
  })
  const code = r.outputFiles[0]!.contents
  // Which inputs the bundle's bytes come from (minified, before gzip), grouped by package.
  const inputs: Record<string, number> = {}
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(r.metafile.outputs)[0]!.inputs)) {
    const key = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? file
    inputs[key] = (inputs[key] ?? 0) + bytesInOutput
  }
  const top = Object.entries(inputs).sort((a, b) => b[1] - a[1])
  return { minified: code.length, gzipped: gz(code), warnings: r.warnings.map((w) => w.text), inputs: Object.fromEntries(top) }
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
      target: '≤ 3×',
      holds: pack.size / source <= 3,
      measured: true,
      notes: [`${pack.entryCount} files, ${kb(pack.unpackedSize)} unpacked; gzipped one by one: ${Object.entries(tarballParts).slice(0, 5).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`]
    }
  ]
  for (const [id, spec, data, target] of [
    ['size:default', '@huozhou/plan', 'dist/data/plan.json', undefined],
    ['size:outline', '@huozhou/plan/outline', 'dist/data/outline.json', 10_000]
  ] as const) {
    const b = await bundle(spec)
    const floor = gz(fs.readFileSync(data))
    details[`'${spec}' bundle inputs, minified (bytes)`] = b.inputs
    rows.push({
      id,
      figure: `5 Size: '${spec.replace('@huozhou/plan', '.')}' bundle, gz`,
      unit: 'bytes',
      subject: { label: `esbuild '${spec}' (browser, esm, minified), gzip -9`, stats: single(b.gzipped) },
      baseline: { label: `gzip -9 of ${data}`, stats: single(floor) },
      ratio: b.gzipped / floor,
      target: target ? `≤ ${target / 1000} kB gz` : 'reported (no target)',
      holds: target ? b.gzipped <= target : null,
      measured: true,
      notes: [`${kb(b.minified)} minified, of which ${Object.entries(b.inputs).slice(0, 4).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`, ...b.warnings.map((w) => `esbuild: ${w}`)]
    })
  }
  return { rows, details }
}
