/**
 * Consumer smoke tests from the packed tarball, the way users get the
 * package: Node ESM import, CommonJS require (one instance with ESM), every
 * subpath, the data files (the exported ones readable, the library's own not
 * importable), `tsc --strict` with moduleResolution nodenext (ESM and
 * CommonJS) and bundler (the README's examples, and the consumer file whose
 * marked lines the types must refuse), an uncaught PlanError's stack trace
 * (a readable line of the package), the CLI through npx, and esbuild browser bundles
 * (one run in headless Chromium when /usr/bin/chromium exists; .ci/run
 * installs it; one that imports only `indicators` holding none of the
 * plan's text).
 *
 *   npm run build && tsx scripts/smoke.ts
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = process.cwd()
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huozhou-consumer-'))
const run = (cmd: string, args: string[], cwd = dir) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
let failures = 0
const results: string[] = []

async function check(name: string, fn: () => void | Promise<void>): Promise<void> {
  try {
    await fn()
    results.push(`ok   ${name}`)
  } catch (error) {
    failures++
    const e = error as { message?: string; stdout?: string; stderr?: string }
    results.push(`FAIL ${name}\n${[e.message, e.stdout, e.stderr].filter(Boolean).join('\n').slice(0, 2000)}`)
  }
}

function equal(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
}

const tarball = path.join(dir, run('npm', ['pack', '--silent', '--pack-destination', dir], root).trim().split('\n').pop()!)
fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
run('npm', ['install', '--no-audit', '--no-fund', '--silent', tarball])

await check('Node ESM import', () => {
  fs.writeFileSync(path.join(dir, 'esm.mjs'), `
import { outline, getNode, indicators } from '@huozhou/plan'
import { outline as sidebar } from '@huozhou/plan/outline'
import { text } from '@huozhou/plan/tree'
import { tables } from '@huozhou/plan/indicators'
import { projects } from '@huozhou/plan/projects'
import { parsePlan } from '@huozhou/plan/parser'
import schema from '@huozhou/plan/schema.json' with { type: 'json' }
const o = outline()
console.log(JSON.stringify([o.chapters.length, o.chapters.flatMap((c) => c.sections).length, getNode('box_4-3').number, indicators({ attribute: '约束性' }).length, sidebar().toc.entries.length, typeof parsePlan, typeof schema.$defs, text('chp_4__sec_3__heading'), tables().length, projects({ box: '4-3' }).length > 0]))
`)
  equal(JSON.parse(run('node', ['esm.mjs'])), [13, 54, '4-3', 28, 67, 'function', 'object', '第三节 推动开发区建设，实现弯道超车', 2, true], 'ESM answers')
})

await check('CommonJS require: every subpath, one instance with ESM', () => {
  fs.writeFileSync(path.join(dir, 'cjs.cjs'), `
const { outline, boxes, indicators, PlanError } = require('@huozhou/plan')
const { parsePlan } = require('@huozhou/plan/parser')
const { getNode } = require('@huozhou/plan/tree')
const { tables } = require('@huozhou/plan/indicators')
const { sectors } = require('@huozhou/plan/projects')
const { toHtml } = require('@huozhou/plan/render')
const csv = require('fs').readFileSync(require.resolve('@huozhou/plan/data/projects.csv'), 'utf8')
import('@huozhou/plan').then((esm) => {
  console.log(JSON.stringify([outline().chapters.length, boxes().length, indicators({ table: '2-1' }).length, typeof parsePlan, csv.startsWith('\\ufeffid,'), getNode('chp_4').label, tables().length, sectors().length > 0, toHtml('box_4-3').startsWith('<aside'), esm.PlanError === PlanError, esm.tree() === getNode('plan')]))
})
`)
  equal(JSON.parse(run('node', ['cjs.cjs'])), [13, 18, 32, 'function', true, '第四章', 2, true, true, true, true], 'CJS answers')
})

await check('data files: the exported ones readable, the library’s own not importable', () => {
  fs.writeFileSync(path.join(dir, 'data.mjs'), `
import { createRequire } from 'node:module'
import fs from 'node:fs'
const require = createRequire(import.meta.url)
const refused = []
for (const name of ['plan.json', 'tables.json', 'projects.json', 'outline.json']) {
  try { await import('@huozhou/plan/data/' + name, { with: { type: 'json' } }) } catch (e) { refused.push(e.code) }
  try { require('@huozhou/plan/data/' + name) } catch (e) { refused.push(e.code) }
}
const indicators = (await import('@huozhou/plan/data/indicators.json', { with: { type: 'json' } })).default
// Tools read the library's files by their path in the installed package.
const plan = JSON.parse(fs.readFileSync(new URL('./node_modules/@huozhou/plan/dist/data/plan.json', import.meta.url), 'utf8'))
console.log(JSON.stringify([[...new Set(refused)], refused.length, indicators.length, require('@huozhou/plan/data/schema.json').type !== undefined, plan.type]))
`)
  equal(JSON.parse(run('node', ['data.mjs'])), [['ERR_PACKAGE_PATH_NOT_EXPORTED'], 8, 71, true, 'plan'], 'data files')
})

await check('tsc --strict, CommonJS (.cts) under nodenext', () => {
  const sub = path.join(dir, 'ts-cjs')
  fs.mkdirSync(sub, { recursive: true })
  fs.writeFileSync(path.join(sub, 'index.cts'), `
import { getNode, indicators, PlanError, type Indicator, type IndicatorFilter, type PlanNode } from '@huozhou/plan'
import { projects, type Project } from '@huozhou/plan/projects'
import remarkPlan = require('@huozhou/plan/remark')
const node: PlanNode | undefined = getNode('chp_4')
const binding: readonly Indicator[] = indicators({ attribute: '约束性' })
const zone: readonly Project[] = projects({ tiedTo: '开发区' })
let caught: PlanError | undefined
// A value from outside (a form, the command line) is checked at run time: the PlanError lists the allowed ones.
declare const input: string
try { indicators({ attribute: input as IndicatorFilter['attribute'] }) } catch (e) { if (e instanceof PlanError) caught = e }
// @ts-expect-error: a value the plan has not is a type error
indicators({ attribute: '约束' })
// @ts-expect-error: an unknown filter key is a type error here too
indicators({ colour: 'red' })
export = [node, binding, zone, caught, remarkPlan.remarkPlan, remarkPlan.default]
`)
  fs.writeFileSync(path.join(sub, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: [], skipLibCheck: false }, files: ['index.cts'] }))
  run(bin('tsc'), ['-p', sub])
})

/** The README's JavaScript examples, each a module of its own, and the consumer file of test/types.test.ts. */
const readmeExamples = [...fs.readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/```js\n([\s\S]*?)```/g)].map((m, k) => [`readme-${k + 1}.mts`, m[1]!] as const)
const consumerTypes = fs.readFileSync(path.join(root, 'test/fixtures/types/consumer.ts'), 'utf8')
// What the README's documentation-site examples build their pipelines with, at the versions the repository tests.
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> }
run('npm', ['install', '--no-audit', '--no-fund', '--silent', ...['remark-directive', 'remark-rehype', 'rehype-stringify'].map((p) => `${p}@${lock.packages[`node_modules/${p}`]!.version}`)])

for (const resolution of ['nodenext', 'bundler'] as const) {
  await check(`tsc --strict, moduleResolution ${resolution}: the README's examples compile, and what the types refuse (test/fixtures/types/consumer.ts) is refused`, () => {
    const sub = path.join(dir, `ts-${resolution}`)
    fs.mkdirSync(sub, { recursive: true })
    for (const [name, text] of readmeExamples) fs.writeFileSync(path.join(sub, name), text)
    fs.writeFileSync(path.join(sub, 'consumer.ts'), consumerTypes)
    fs.writeFileSync(path.join(sub, 'index.ts'), `
import { getNode, indicators, outline, PlanError, type Indicator, type PlanNode, type CellValue } from '@huozhou/plan'
import { outline as sidebar, type Outline } from '@huozhou/plan/outline'
import { search, type SearchHit } from '@huozhou/plan/tree'
import { tables, type Table } from '@huozhou/plan/indicators'
import { getProject, type Project } from '@huozhou/plan/projects'
import { parsePlan, type Diagnostic } from '@huozhou/plan/parser'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkPlan, { type RemarkPlanOptions } from '@huozhou/plan/remark'
import { toHtml, type RenderOptions } from '@huozhou/plan/render'
const pluginOptions: RemarkPlanOptions = { depth: 2, linkTo: (id, kind) => (kind === 'node' ? '/plan#' + id : undefined) }
const site = unified().use(remarkParse).use(remarkPlan, pluginOptions)
// @ts-expect-error: marks is 'link' | 'plain'
const wrong: RenderOptions = { marks: 'bold' }
const binding: readonly Indicator[] = indicators({ attribute: '约束性' })
const first: CellValue | undefined = indicators({ attribute: '约束性', table: '1-1' })[0]?.values['2015 年']
const node: PlanNode | undefined = getNode('chp_4')
const o: Outline = sidebar()
const d: Diagnostic[] = parsePlan('# x').diagnostics
// @ts-expect-error: an unknown filter key is a type error, so the types are real, not any
indicators({ colour: 'red' })
const hits: SearchHit[] = search('开发区')
const both: readonly Table[] = tables()
const one: Project | undefined = getProject('x')
export const used = [binding, first, node, o, d, outline(), PlanError, site, wrong, toHtml('box_4-3', { projects: true }), hits, both, one]
`)
    fs.writeFileSync(
      path.join(sub, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: resolution === 'nodenext' ? 'NodeNext' : 'ESNext',
          moduleResolution: resolution === 'nodenext' ? 'NodeNext' : 'Bundler',
          types: [],
          skipLibCheck: false
        },
        files: ['index.ts', 'consumer.ts', ...readmeExamples.map(([name]) => name)]
      })
    )
    if (resolution === 'nodenext') fs.writeFileSync(path.join(sub, 'package.json'), JSON.stringify({ type: 'module' }))
    run(bin('tsc'), ['-p', sub])
  })
}

await check('./remark and ./style.css (ESM and CJS)', () => {
  // A leaf directive as remark-directive makes it, run through the plugin as unified would; no remark package needed.
  const program = (load: string) => `
${load}
const tree = { type: 'root', children: [{ type: 'leafDirective', name: 'plan', attributes: { id: 'box_4-3' }, children: [] }, { type: 'leafDirective', name: 'plan', attributes: { id: 'nope' }, children: [], position: { start: { line: 3, column: 1 }, end: { line: 3, column: 18 } } }] }
const messages = []
remarkPlan.call(undefined)(tree, { message: (reason, o) => messages.push([o.ruleId, o.place.start.line]), fail() { throw new Error('fatal') } })
const css = fs.readFileSync(require.resolve('@huozhou/plan/style.css'), 'utf8')
console.log(JSON.stringify([tree.children.length, tree.children[0].data.hName, tree.children[0].data.hProperties.id, messages, css.includes('.plan-box')]))
`
  const expected = [1, 'aside', 'box_4-3', [['unknown-id', 3]], true]
  fs.writeFileSync(path.join(dir, 'remark.mjs'), program(`import remarkPlan from '@huozhou/plan/remark'\nimport fs from 'node:fs'\nimport { createRequire } from 'node:module'\nconst require = createRequire(import.meta.url)`))
  equal(JSON.parse(run('node', ['remark.mjs'])), expected, 'ESM remark plugin')
  fs.writeFileSync(path.join(dir, 'remark.cjs'), program(`const { remarkPlan } = require('@huozhou/plan/remark')\nconst fs = require('node:fs')`))
  equal(JSON.parse(run('node', ['remark.cjs'])), expected, 'CJS remark plugin')
})

await check('an uncaught PlanError points at a readable line of the package', () => {
  fs.writeFileSync(path.join(dir, 'crash.mjs'), `import { projects } from '@huozhou/plan'\nprojects({ sector: 'digitall' })\n`)
  let stderr = ''
  try {
    run('node', ['crash.mjs'])
  } catch (error) {
    stderr = (error as { stderr: string }).stderr
  }
  // Node prints the file and line that threw, that line of source, a caret, then the error and its stack.
  const [where, line] = stderr.split('\n')
  if (!/node_modules\/@huozhou\/plan\/dist\/[\w-]+\.js:\d+$/.test(where ?? '')) throw new Error(`the trace does not start at a file of the package:\n${stderr.slice(0, 500)}`)
  if (!line || line.length > 200 || !line.includes('throw new PlanError(')) throw new Error(`the line that threw is not readable source (${line?.length} characters):\n${line?.slice(0, 300)}`)
  if (!stderr.includes('PlanError: filter.sector "digitall"')) throw new Error(`no PlanError in:\n${stderr.slice(0, 500)}`)
})

await check('CLI through npx', () => {
  const out = run('npx', ['--no-install', 'huozhou-plan', 'outline'])
  if (!out.includes('第十三章 党建和保障措施')) throw new Error(`outline output lacks chapter 13:\n${out.slice(0, 500)}`)
})

await check('analyst: every shipped CSV has a BOM, export gives each file byte for byte, --version, --sector 数字经济, Python reads the CSV', () => {
  const data = path.join(dir, 'node_modules/@huozhou/plan/dist/data')
  const cli = (...args: string[]) => run('npx', ['--no-install', 'huozhou-plan', ...args])
  const files = fs.readdirSync(data).sort()
  const csvs = files.filter((f) => f.endsWith('.csv'))
  if (csvs.length < 5) throw new Error(`expected the CSV files in ${data}, found ${csvs.join(', ')}`)
  for (const f of csvs) if (!fs.readFileSync(path.join(data, f)).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) throw new Error(`${f} does not start with a BOM`)
  equal(cli('export', '--list').trim().split('\n').map((l) => l.split('\t')[0]), files, 'export --list')
  const out = path.join(dir, 'exported')
  fs.mkdirSync(out)
  for (const f of files) {
    cli('export', f, '-o', path.join(out, f))
    if (!fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(data, f)))) throw new Error(`export ${f} is not the shipped file byte for byte`)
  }
  if (!cli('projects', '--csv').startsWith('\ufeffid,')) throw new Error('projects --csv does not start with a BOM')
  equal(cli('--version').trim(), (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version, '--version')
  if (!/\d+ project\(s\)/.test(cli('projects', '--sector', '数字经济'))) throw new Error('projects --sector 数字经济 lists no projects')
  if (!fs.existsSync('/usr/bin/python3')) return void results.push('note: no python3; the CSV files were not read with Python')
  fs.writeFileSync(
    path.join(dir, 'read.py'),
    [
      'import csv, json, re, sys',
      'rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))',
      'dates = [v for r in rows for v in r.values() if re.fullmatch(r"\\s*\\d{1,4}\\s*[-/]\\s*\\d{1,2}(\\s*[-/]\\s*\\d{1,4})?\\s*", v or "")]',
      'print(json.dumps([list(rows[0])[:4], len({r["indicator"] for r in rows}), dates]))'
    ].join('\n')
  )
  equal(JSON.parse(run('python3', ['read.py', path.join(data, 'indicator-values.csv')])), [['table', 'table_id', 'period', 'indicator'], 71, []], 'Python csv reads indicator-values.csv')
})

await check('esbuild browser bundle (and run in headless Chromium)', async () => {
  fs.writeFileSync(path.join(dir, 'browser.js'), `
import { outline, indicators, getNode } from '@huozhou/plan'
globalThis.result = [outline().chapters.length, indicators({ attribute: '约束性' }).length, getNode('box_9-1').label]
`)
  run(bin('esbuild'), ['browser.js', '--bundle', '--platform=browser', '--format=esm', '--minify', '--outfile=browser.bundle.js', '--log-level=warning'])
  const bundle = fs.readFileSync(path.join(dir, 'browser.bundle.js'), 'utf8')
  if (/\bfrom\s*["']node:|require\(["'](fs|path|node:)/.test(bundle)) throw new Error('the browser bundle references Node built-ins')
  if (!fs.existsSync('/usr/bin/chromium')) {
    results.push('note: /usr/bin/chromium not installed; the bundle was built but not run in a browser')
    return
  }
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  try {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.setContent('<!doctype html><meta charset="utf-8"><title>smoke</title>')
    await page.addScriptTag({ content: bundle, type: 'module' })
    await page.waitForFunction(() => (globalThis as { result?: unknown }).result !== undefined, undefined, { timeout: 10000 })
    const result = await page.evaluate(() => (globalThis as { result?: unknown }).result)
    if (errors.length) throw new Error(errors.join('\n'))
    equal(result, [13, 28, '专栏 9-1'], 'browser answers')
  } finally {
    await browser.close()
  }
})

await check('esbuild browser bundle of indicators alone: none of the plan’s text', () => {
  fs.writeFileSync(path.join(dir, 'only-indicators.js'), `import { indicators } from '@huozhou/plan'\nglobalThis.result = indicators({ attribute: '约束性' }).length\n`)
  run(bin('esbuild'), ['only-indicators.js', '--bundle', '--platform=browser', '--format=esm', '--minify', '--charset=utf8', '--outfile=only-indicators.bundle.js', '--log-level=warning'])
  const bundle = fs.readFileSync(path.join(dir, 'only-indicators.bundle.js'), 'utf8')
  // A paragraph of the plan's text (plan.json), and a project (projects.json): neither belongs in this bundle.
  for (const text of ['霍州市人民政府文件', '标准化厂房']) if (bundle.includes(text)) throw new Error(`the indicators bundle holds ${text}`)
  if (!bundle.includes('地区生产总值')) throw new Error('the indicators bundle lacks the indicator rows')
})

console.log(results.join('\n'))
console.log(`consumer smoke tests: ${results.filter((r) => r.startsWith('ok')).length} passed, ${failures} failed`)
fs.rmSync(dir, { recursive: true, force: true })
process.exit(failures ? 1 : 0)
