/**
 * Two clean builds give the same dist/, byte for byte: JS, data and the
 * declarations (.d.ts, whose chunk names carry a content hash) and the
 * CommonJS wrappers made from the built entries (.cjs, .d.cts).
 *
 *   npm run build && tsx scripts/check-deterministic.ts
 *
 * It costs one build: the dist/ already built (CI runs this right after
 * `npm run build` on a clean clone) is the first, set aside; dist/ and the
 * declarations cache are removed and the package is built again, under
 * another time zone and locale (Pacific/Chatham, tr_TR: a date or a
 * locale-aware case that slipped into the output would show); then the two
 * trees are compared as `diff -r` would. Without a dist/ it builds twice.
 * Exits 1, listing every file that differs, when they are not identical.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const DIST = path.join(root, 'dist')
const CACHE = path.join(root, '.cache/types')

function build(env: NodeJS.ProcessEnv = {}): void {
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', shell: process.platform === 'win32' })
  if (r.status !== 0) {
    console.error(`check-deterministic: npm run build failed (${r.status ?? r.signal}):\n${(r.stdout + r.stderr).trim().split('\n').slice(-20).join('\n')}`)
    process.exit(1)
  }
}

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    // dist/site is the website (npm run site), not the package: the tarball leaves it out, and so does this check.
    .filter((f) => !f.startsWith('site/'))
    .sort()
}

/** The first line where two texts differ, both sides cut, for the report. */
function firstDifference(a: string, b: string): string {
  const la = a.split('\n')
  const lb = b.split('\n')
  for (let k = 0; k < Math.max(la.length, lb.length); k++)
    if (la[k] !== lb[k]) return `line ${k + 1}:\n    - ${(la[k] ?? '(none)').slice(0, 160)}\n    + ${(lb[k] ?? '(none)').slice(0, 160)}`
  return 'same lines, different bytes (line endings?)'
}

/** `diff -r first second`, as a list of what differs. */
export function compare(first: string, second: string): string[] {
  const a = files(first)
  const b = files(second)
  const inB = new Set(b)
  const inA = new Set(a)
  const out: string[] = []
  for (const f of a) if (!inB.has(f)) out.push(`only in the first build: ${f}`)
  for (const f of b) if (!inA.has(f)) out.push(`only in the second build: ${f}`)
  for (const f of a.filter((x) => inB.has(x))) {
    const x = fs.readFileSync(path.join(first, f))
    const y = fs.readFileSync(path.join(second, f))
    if (!x.equals(y)) out.push(`differ: ${f}, ${firstDifference(x.toString('utf8'), y.toString('utf8'))}`)
  }
  return out
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (!fs.existsSync(path.join(DIST, 'index.js'))) {
    console.error('check-deterministic: no dist/ yet: building it first')
    build()
  }
  const first = fs.mkdtempSync(path.join(os.tmpdir(), 'huozhou-plan-dist-'))
  try {
    fs.cpSync(DIST, first, { recursive: true })
    fs.rmSync(DIST, { recursive: true, force: true })
    fs.rmSync(CACHE, { recursive: true, force: true })
    console.error('check-deterministic: building again from nothing (TZ=Pacific/Chatham, LANG=tr_TR.UTF-8) …')
    build({ TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8' })
    const differences = compare(first, DIST)
    if (differences.length) {
      console.error(`check-deterministic: two clean builds differ in ${differences.length} place(s):\n  ${differences.join('\n  ')}`)
      process.exit(1)
    }
    console.log(`check-deterministic: two clean builds are identical (${files(DIST).length} files in dist/)`)
  } finally {
    fs.rmSync(first, { recursive: true, force: true })
  }
}
