/**
 * The CLI, run in-process: every command answers, --help everywhere, bad
 * input is one line naming the argument and a non-zero code; commands and
 * options come from the CLI's own tables, never a prototype; numbers are
 * digits only; long arguments are cut; conflicting flags are rejected. Write
 * errors need a real process and a real stdout: those run src/cli.ts.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, describe, expect, it } from 'vitest'
import { help, run } from '../src/cli/run.js'
import { EXIT } from '../src/cli/output.js'
import { distance } from '../src/cli/suggest.js'
import { buildCorpus } from '../scripts/build/corpus.js'
import { projects, type ProjectFilter } from '../src/index.js'
import { PROJECT_KINDS } from '../src/query/projects.js'
import { corpusDir, read, root } from './helpers.js'

/** The files the build ships (dist/data), made from the corpus, in a folder of their own: what `export` reads. */
const shipped = buildCorpus(corpusDir).shipped
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'huozhou-data-'))
for (const [name, content] of Object.entries(shipped)) fs.writeFileSync(path.join(data, name), content)
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'huozhou-out-'))
afterAll(() => {
  for (const dir of [data, scratch]) fs.rmSync(dir, { recursive: true, force: true })
})

async function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s), data })
  return { code, out, err }
}

describe('huozhou-plan', () => {
  it('indicators --attribute 约束性 --json prints 28 objects', async () => {
    const r = await cli('indicators', '--attribute', '约束性', '--json')
    expect(r.code).toBe(0)
    const rows = JSON.parse(r.out) as Array<{ attribute: string }>
    expect(rows).toHaveLength(28)
    expect(rows.every((x) => x.attribute === '约束性')).toBe(true)
  })
  it('indicators --attribute 约束性 --csv parses back to the values of 28 rows, one row per value', async () => {
    const r = await cli('indicators', '--attribute', '约束性', '--csv')
    const rows = parse(r.out, { columns: true, bom: true }) as Array<Record<string, string>>
    expect(new Set(rows.map((x) => x.indicator)).size).toBe(28)
    expect(rows.length).toBeGreaterThan(28)
    expect(new Set(rows.map((x) => x.attribute))).toEqual(new Set(['约束性']))
  })
  it('prints a readable table by default', async () => {
    const r = await cli('indicators', '--table', '2-1', '--attribute', '约束性')
    expect(r.out.split('\n')[0]).toMatch(/^id\s+表\s+#\s+name/)
    expect(r.out).toContain('8 indicator(s)')
  })
  it('outline, show, search and export answer', async () => {
    expect((await cli('outline')).out).toContain('第十三章 党建和保障措施  [chp_13]')
    expect(JSON.parse((await cli('outline', '--json')).out).chapters).toHaveLength(13)
    expect((await cli('show', 'chp_4__sec_3__heading')).out).toBe('第三节 推动开发区建设，实现弯道超车\n')
    expect((await cli('show', 'box_4-1', '--html')).out).toContain('<aside id="box_4-1"')
    // A project ID shows the project: its name, its mentions, and each tie with its chain of evidence.
    const shown = (await cli('show', 'box_4-1__item_2__prj')).out
    expect(shown.split('\n')[0]).toBe('霍州市静脉产业园项目  [box_4-1__item_2__prj]')
    expect(shown).toMatch(/^tie: kaifaqu located-in \(direct\): 霍州市静脉产业园项目 is in 开发区 \(«依托经济技术开发区[^»]*», box_4-1__item_2__p_1 \d+–\d+\)$/m)
    expect((await cli('show', 'box_3-1__item_1__prj')).out).toMatch(/^tie: kaifaqu located-in \(transitive\): 创新平台建设工程 includes 智创基地 \(«[^»]+», box_3-1__item_1__p_1 \d+–\d+\) → 智创基地 is in 开发区 /m)
    expect(parse((await cli('export', 'project-ties.csv')).out, { columns: true, bom: true }).length).toBeGreaterThan(300)
    expect(JSON.parse((await cli('show', 'box_4-1__item_2__prj', '--json')).out).kind).toBe('box-item')
    expect(JSON.parse((await cli('search', '開發區', '--json')).out)).toEqual(JSON.parse((await cli('search', '开发区', '--json')).out))
    const csv = (await cli('export', 'indicators-2-1.csv')).out
    expect(parse(csv, { columns: true, bom: true })).toHaveLength(32)
  })
  it('projects --tied-to 开发区 --json and --csv agree with the library', async () => {
    const j = JSON.parse((await cli('projects', '--tied-to', '开发区', '--json')).out) as Array<{ id: string }>
    const c = parse((await cli('projects', '--tied-to', '开发区', '--csv')).out, { columns: true, bom: true }) as Array<{ id: string }>
    expect(j.length).toBeGreaterThan(10)
    expect(c.map((r) => r.id)).toEqual(j.map((r) => r.id))
    expect((await cli('projects', '--sector', 'nope')).err).toMatch(/allowed: equipment, materials, energy/)
    const main = JSON.parse((await cli('projects', '--main-sector', 'energy', '--json')).out) as Array<{ sectors: string[] }>
    expect(main.length).toBeGreaterThan(5)
    expect(main.every((p) => p.sectors[0] === 'energy')).toBe(true)
    expect(JSON.parse((await cli('sectors', '--json')).out)).toHaveLength(16)
  })
  it.each([['outline'], ['show'], ['indicators'], ['projects'], ['sectors'], ['places'], ['search'], ['export']])('%s --help', async (command) => {
    const r = await cli(command, '--help')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(new RegExp(`^Usage: huozhou-plan ${command}`))
  })
  it.each([
    [['indicators', '--attribute', '约束'], /allowed: .*约束性/],
    [['indicators', '--colour', 'red'], /unknown option "--colour"; allowed: --attribute/],
    [['show', 'chp_99'], /no node or project has the ID "chp_99"/],
    [['show'], /missing <id>/],
    [['search'], /missing <text>/],
    [['search', 'x', '--limit', '0'], /--limit must be a positive whole number written in digits/],
    [['export', 'nope'], /<file> must be one of .*plan\.json, .*projects\.csv/],
    [['frobnicate'], /unknown command "frobnicate"; allowed: outline, show/],
    [['indicators', '--json', '--csv'], /--json and --csv cannot be given together/]
  ])('%j fails with one clear line', async (argv, message) => {
    const r = await cli(...argv)
    expect(r.code).not.toBe(0)
    expect(r.out).toBe('')
    expect(r.err.trimEnd().split('\n')).toHaveLength(1)
    expect(r.err).toMatch(message)
    expect(r.err).not.toMatch(/\n\s+at /)
  })
  it('lists every command in help', () => {
    for (const c of ['outline', 'show', 'indicators', 'search', 'export']) expect(help()).toContain(`  ${c}`)
  })
})

/** One line on stderr, nothing on stdout, the code given, and no stack trace. */
async function fails(argv: string[], code: number) {
  const r = await cli(...argv)
  expect(r.code, argv.join(' ')).toBe(code)
  expect(r.out).toBe('')
  expect(r.err.endsWith('\n')).toBe(true)
  expect(r.err.trimEnd().split('\n'), r.err).toHaveLength(1)
  expect(r.err).not.toMatch(/\n\s+at |undefined|\[object Object\]/)
  return r.err
}

describe('huozhou-plan: commands and options come from its own tables', () => {
  it.each([['toString'], ['hasOwnProperty', '--help'], ['constructor'], ['__proto__'], ['valueOf', 'x'], ['__defineGetter__']])('%s is an unknown command', async (...argv) => {
    const err = await fails(argv, EXIT.usage)
    expect(err).toMatch(new RegExp(`^huozhou-plan: unknown command "${argv[0]}"; allowed: outline, show, indicators, projects, sectors, places, search, export, help, --version\\n$`))
  })
  it('says "did you mean" for a near miss, and only then', async () => {
    expect(await fails(['outlin'], EXIT.usage)).toMatch(/unknown command "outlin"; did you mean outline\?/)
    expect(await fails(['shwo', 'chp_4'], EXIT.usage)).toMatch(/did you mean show\?/)
    expect(await fails(['Search', '煤'], EXIT.usage)).toMatch(/did you mean search\?/)
    expect(await fails(['toString'], EXIT.usage)).not.toMatch(/did you mean/)
    expect(await fails(['projects', '--jsn'], EXIT.usage)).toMatch(/unknown option "--jsn"; did you mean --json\?/)
    expect(await fails(['export', 'plan.jsn'], EXIT.usage)).toMatch(/got "plan\.jsn"; did you mean plan\.json\?/)
    expect(distance('kitten', 'sitting', 5)).toBe(3)
    expect(distance('shwo', 'show', 2)).toBe(1)
    expect(distance('x'.repeat(100_000), 'show', 2)).toBe(3)
  })
  it.each([['toString'], ['constructor'], ['__proto__'], ['hasOwnProperty']])('export %s is not a file it writes', async (name) => {
    expect(await fails(['export', name], EXIT.usage)).toMatch(new RegExp(`<file> must be one of .*plan\\.json.*; got "${name}"`))
  })
  it.each([['--toString'], ['--constructor'], ['--__proto__'], ['--hasOwnProperty'], ['-x'], ['--valueOf=1']])('indicators %s is an unknown option', async (option) => {
    expect(await fails(['indicators', option], EXIT.usage)).toMatch(new RegExp(`^huozhou-plan indicators: unknown option "${option.split('=')[0]}"; allowed: --attribute, --table`))
  })
})

describe('huozhou-plan: values are read strictly', () => {
  it.each([['0x10'], ['1e3'], ['-1'], ['1.5'], [' 3'], ['3 '], ['+3'], ['0'], ['03'], [''], ['Infinity'], ['NaN'], ['١٢'], ['9007199254740993']])('search --limit %j is rejected with the allowed form', async (value) => {
    for (const argv of [['search', '煤', '--limit', value], ['search', '煤', `--limit=${value}`]])
      expect(await fails(argv, EXIT.usage)).toBe(`huozhou-plan search: --limit must be a positive whole number written in digits (1, 5, 20 …), got ${JSON.stringify(value)}\n`)
  })
  it('search --limit 3 takes three hits, written either way', async () => {
    for (const argv of [['search', '发展', '--limit', '3', '--json'], ['search', '发展', '--limit=3', '--json']]) expect(JSON.parse((await cli(...argv)).out)).toHaveLength(3)
  })
  it('a flag takes no value, an option needs one, and none is given twice', async () => {
    expect(await fails(['outline', '--json=yes'], EXIT.usage)).toMatch(/^huozhou-plan outline: --json takes no value, got "yes"$/m)
    expect(await fails(['indicators', '--attribute'], EXIT.usage)).toMatch(/^huozhou-plan indicators: --attribute needs a value$/m)
    expect(await fails(['search', '煤', '--limit'], EXIT.usage)).toMatch(/--limit needs a value: a positive whole number/)
    expect(await fails(['indicators', '--attribute', '约束性', '--attribute', '预期性'], EXIT.usage)).toMatch(/--attribute is given twice/)
  })
  it('arguments a command does not take are errors, not ignored', async () => {
    expect(await fails(['outline', 'extra'], EXIT.usage)).toMatch(/^huozhou-plan outline: takes no arguments, got "extra"$/m)
    expect(await fails(['show', 'chp_1', 'chp_2'], EXIT.usage)).toMatch(/takes one <id>, got 2 arguments: "chp_1", "chp_2"/)
    expect(await fails(['export'], EXIT.usage)).toMatch(/missing <file>/)
  })
  it.each([
    [['show', 'chp_4', '--json', '--html'], '--json and --html'],
    [['show', 'chp_4', '--html', '--markdown'], '--html and --markdown'],
    [['show', 'chp_4', '--markdown', '--json'], '--json and --markdown'],
    [['indicators', '--csv', '--json'], '--json and --csv'],
    [['projects', '--json', '--csv'], '--json and --csv']
  ])('%j: conflicting flags are rejected', async (argv, both) => {
    expect(await fails(argv, EXIT.usage)).toContain(`${both} cannot be given together: choose one of`)
  })
  it('show --html of a project says it renders nodes only', async () => {
    expect(await fails(['show', 'box_4-1__item_2__prj', '--html'], EXIT.usage)).toMatch(/--html renders a node of the plan; "box_4-1__item_2__prj" is a project/)
  })
  it("the library's errors name the command line's argument", async () => {
    expect(await fails(['indicators', '--attribute', '约束'], EXIT.value)).toMatch(/^huozhou-plan indicators: --attribute "约束" is not one of the values the data has; (did you mean 约束性\?; )?allowed: /)
    expect(await fails(['projects', '--tied-to', 'nowhere'], EXIT.value)).toMatch(/^huozhou-plan projects: --tied-to "nowhere" is not a place of the gazetteer/)
    expect(await fails(['projects', '--main-sector', 'x'], EXIT.value)).toMatch(/^huozhou-plan projects: --main-sector "x"/)
    expect(await fails(['show', 'chp_99'], EXIT.value)).toMatch(/no node or project has the ID "chp_99"/)
    expect(await fails(['search', 'x'.repeat(1001)], EXIT.value)).toMatch(/^huozhou-plan search: <text> must be at most 1000 characters/)
  })
})

describe('huozhou-plan: a long argument is cut in messages', () => {
  const long = 'x'.repeat(128 * 1024)
  it.each([
    { argv: [long], what: 'unknown command' },
    { argv: ['show', long], what: 'no node or project has the ID' },
    { argv: ['export', long], what: '<file> must be one of' },
    { argv: ['indicators', `--${long}`], what: 'unknown option' },
    { argv: ['indicators', '--attribute', long], what: '--attribute' },
    { argv: ['projects', '--place', long], what: '--place' },
    { argv: ['search', '煤', '--limit', long], what: '--limit' },
    { argv: ['outline', long], what: 'takes no arguments' },
    { argv: ['search', long], what: 'at most 1000 characters' }
  ])('$what', async ({ argv, what }) => {
    const r = await cli(...argv)
    expect(r.code).not.toBe(0)
    expect(r.err).toContain(what)
    expect(r.err.trimEnd().split('\n')).toHaveLength(1)
    // The line may list allowed values (the gazetteer's places), never the 128 KB argument.
    expect(r.err.length).toBeLessThan(2000)
    if (!what.includes('1000')) expect(r.err).toMatch(/"(--)?x{40,}…" \(\d+ characters\)/)
  })
})

describe('huozhou-plan: write errors (a real process on src/cli.ts)', () => {
  // The whole tree as JSON: far larger than a pipe's buffer, and read from the bundled data (no build needed).
  const args = ['--import', 'tsx', 'src/cli.ts', 'show', 'plan', '--json']
  const env = { ...process.env, NODE_OPTIONS: '' }

  it.skipIf(!fs.existsSync('/dev/full'))('stdout on a full disk (> /dev/full): one line on stderr, exit 74', () => {
    const full = fs.openSync('/dev/full', 'w')
    try {
      const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' })
      expect(r.status).toBe(EXIT.io)
      expect(r.stderr).toBe('huozhou-plan: cannot write the output: ENOSPC: no space left on device, write\n')
    } finally {
      fs.closeSync(full)
    }
  }, 30_000)

  it('a reader that goes away (| head): quiet, exit 141 as for SIGPIPE', async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const p = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
      let stderr = ''
      p.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
      // The tree is far larger than a pipe's buffer: the writer is still writing when the reader leaves.
      p.stdout.once('data', () => p.stdout.destroy())
      p.on('error', reject)
      p.on('close', (code) => resolve({ code, stderr }))
    })
    expect(r).toEqual({ code: EXIT.pipe, stderr: '' })
  }, 30_000)
})

describe('huozhou-plan for analysts: CSV, export, -o, names, --version', () => {
  const version = (JSON.parse(read('package.json')) as { version: string }).version

  it('--version prints the package version (and -v)', async () => {
    expect(await cli('--version')).toEqual({ code: EXIT.ok, out: `${version}\n`, err: '' })
    expect((await cli('-v')).out).toBe(`${version}\n`)
    expect(await fails(['--version', 'x'], EXIT.usage)).toMatch(/^huozhou-plan: --version takes no arguments, got "x"$/m)
    expect(await fails(['--verison'], EXIT.usage)).toMatch(/did you mean --version\?/)
    expect(help()).toContain('--version')
  })

  it('--version from the source, as a process: the package found from src/cli (the installed layout: scripts/smoke.ts)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', '--version'], { cwd: root, env: { ...process.env, NODE_OPTIONS: '' }, encoding: 'utf8' })
    expect([r.status, r.stdout, r.stderr]).toEqual([0, `${version}\n`, ''])
  }, 30_000)

  it('projects --sector 数字经济 works: a sector by its ID, its Chinese label or a part of it, and --main-sector too', async () => {
    const ids = (out: string) => (JSON.parse(out) as Array<{ id: string }>).map((p) => p.id)
    const digital = ids((await cli('projects', '--sector', 'digital', '--json')).out)
    expect(digital).toEqual(projects({ sector: 'digital' }).map((p) => p.id))
    expect(digital.length).toBeGreaterThan(5)
    for (const name of ['数字经济', '数字经济与信息化', '信息化']) expect(ids((await cli('projects', '--sector', name, '--json')).out), name).toEqual(digital)
    const r = await cli('projects', '--sector', '数字经济')
    expect(r.code).toBe(EXIT.ok)
    expect(r.out).toContain(`${digital.length} project(s)`)
    expect(ids((await cli('projects', '--main-sector', '数字经济', '--json')).out)).toEqual(projects({ mainSector: 'digital' }).map((p) => p.id))
  })

  it('projects --no-directions and --kind give what projects({ directions: false }) and projects({ kind }) give, as --json, --csv and the table', async () => {
    const all = projects()
    const cases: Array<[string[], ProjectFilter]> = [
      [['--no-directions'], { directions: false }],
      ...PROJECT_KINDS.map((kind): [string[], ProjectFilter] => [['--kind', kind], { kind }]),
      [['--kind', '产业方向'], { kind: 'direction' }],
      [['--no-directions', '--kind', 'box-item'], { directions: false, kind: 'box-item' }],
      [['--sector', 'energy', '--no-directions'], { sector: 'energy', directions: false }]
    ]
    for (const [argv, filter] of cases) {
      const want = projects(filter).map((p) => p.id)
      const what = argv.join(' ')
      const json = await cli('projects', ...argv, '--json')
      expect(json.code, what).toBe(EXIT.ok)
      expect((JSON.parse(json.out) as Array<{ id: string }>).map((p) => p.id), what).toEqual(want)
      const csv = parse((await cli('projects', ...argv, '--csv')).out, { columns: true, bom: true }) as Array<{ id: string; kind: string }>
      expect(csv.map((r) => r.id), what).toEqual(want)
      expect((await cli('projects', ...argv)).out.endsWith(`\n${want.length} project(s)\n`), what).toBe(true)
    }
    // Not vacuous: the directions are some of the projects, and every kind has some.
    const directions = projects({ kind: 'direction' }).length
    expect(directions).toBeGreaterThan(0)
    expect(projects({ directions: false })).toHaveLength(all.length - directions)
    for (const kind of PROJECT_KINDS) expect(projects({ kind }).length, kind).toBeGreaterThan(0)
    const kinds = (argv: string[]) => cli('projects', ...argv, '--csv').then((r) => new Set((parse(r.out, { columns: true, bom: true }) as Array<{ kind: string }>).map((x) => x.kind)))
    expect(await kinds([])).toEqual(new Set(PROJECT_KINDS))
    expect(await kinds(['--no-directions'])).toEqual(new Set(PROJECT_KINDS.filter((k) => k !== 'direction')))
  })

  it('--no-directions is a flag read strictly, and contradicts --kind direction', async () => {
    expect((await cli('projects', '--help')).out).toMatch(/\[--kind box-item\|named\|direction\] \[--no-directions\]/)
    expect(await fails(['projects', '--kind', 'direction', '--no-directions'], EXIT.usage)).toMatch(/^huozhou-plan projects: --no-directions leaves out the industry directions that --kind "direction" asks for: give one of them$/m)
    expect(await fails(['projects', '--no-directions', '--kind', '产业方向'], EXIT.usage)).toMatch(/--no-directions leaves out .* --kind "产业方向"/)
    expect(await fails(['projects', '--no-directions=false'], EXIT.usage)).toMatch(/^huozhou-plan projects: --no-directions takes no value, got "false"$/m)
    expect(await fails(['projects', '--no-directions', '--no-directions'], EXIT.usage)).toMatch(/--no-directions is given twice/)
    expect(await fails(['projects', '--no-direction'], EXIT.usage)).toMatch(/unknown option "--no-direction"; did you mean --no-directions\?/)
    expect(await fails(['projects', '--kind', 'direcion'], EXIT.value)).toMatch(/^huozhou-plan projects: --kind "direcion" .*; did you mean direction\?; allowed: box-item, named, direction$/m)
    expect(await fails(['projects', '--kind', '产业方'], EXIT.value)).toMatch(/did you mean 产业方向\?/)
    // Keeping the directions is the default: there is no --directions.
    expect(await fails(['projects', '--directions'], EXIT.usage)).toMatch(/unknown option "--directions"/)
  })

  it('kinds, relations and hows by their Chinese labels; a table by its printed label', async () => {
    const same = async (a: string[], b: string[]) => expect((await cli(...a, '--json')).out).toBe((await cli(...b, '--json')).out)
    await same(['projects', '--tied-to', '开发区', '--relation', '位于'], ['projects', '--tied-to', 'kaifaqu', '--relation', 'located-in'])
    await same(['projects', '--tied-to', '开发区', '--how', '直接'], ['projects', '--tied-to', 'kaifaqu', '--how', 'direct'])
    await same(['projects', '--kind', '专栏项目'], ['projects', '--kind', 'box-item'])
    await same(['indicators', '--table', '表 2-1'], ['indicators', '--table', '2-1'])
  })

  it('--category takes a category of the shared vocabulary, across both tables', async () => {
    const rows = JSON.parse((await cli('indicators', '--category', 'ecology', '--json')).out) as Array<{ table: string; category: string }>
    expect(new Set(rows.map((r) => r.table))).toEqual(new Set(['1-1', '2-1']))
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['生态文明', '绿色生态']))
  })

  it('"did you mean" for a mistyped option and a mistyped value, in one line naming the argument', async () => {
    expect(await fails(['projects', '--sectr', 'digital'], EXIT.usage)).toMatch(/^huozhou-plan projects: unknown option "--sectr"; did you mean --sector\?/)
    expect(await fails(['indicators', '--attribute', '约束'], EXIT.value)).toMatch(/^huozhou-plan indicators: --attribute "约束" is not one of the values the data has; did you mean 约束性\?; allowed: /)
    expect(await fails(['projects', '--sector', '数字经'], EXIT.value)).toMatch(/--sector "数字经" .*; did you mean 数字经济\?/)
    expect(await fails(['projects', '--sector', 'digtal'], EXIT.value)).toMatch(/did you mean digital\?/)
    expect(await fails(['projects', '--tied-to', '开发'], EXIT.value)).toMatch(/^huozhou-plan projects: --tied-to "开发" is not a place of the gazetteer; did you mean 开发区\?/)
    expect(await fails(['projects', '--relation', 'located'], EXIT.value)).toMatch(/--relation "located" .*did you mean located-in\?/)
    expect(await fails(['indicators', '--category', 'ecolgy'], EXIT.value)).toMatch(/did you mean ecology\?/)
    // Nothing near: no guess.
    expect(await fails(['projects', '--sector', 'zzzzzz'], EXIT.value)).not.toMatch(/did you mean/)
  })

  it('CSV output starts with a byte-order mark; --no-bom drops it and needs --csv', async () => {
    const withBom = (await cli('projects', '--csv')).out
    expect(withBom.startsWith('\ufeffid,')).toBe(true)
    expect((await cli('projects', '--csv', '--no-bom')).out).toBe(withBom.slice(1))
    expect((await cli('indicators', '--csv')).out.startsWith('\ufefftable,')).toBe(true)
    expect((await cli('indicators', '--csv', '--no-bom')).out.startsWith('table,')).toBe(true)
    expect(await fails(['projects', '--no-bom'], EXIT.usage)).toMatch(/^huozhou-plan projects: --no-bom drops the byte-order mark of CSV output: give it with --csv$/m)
  })

  it('the CSV the CLI writes is the shipped file, byte for byte, when nothing is filtered', async () => {
    expect((await cli('projects', '--csv')).out).toBe(shipped['projects.csv'])
    expect((await cli('indicators', '--csv')).out).toBe(shipped['indicator-values.csv'])
    for (const t of ['1-1', '2-1']) expect((await cli('indicators', '--table', t, '--csv', '--wide')).out).toBe(shipped[`indicators-${t}.csv`])
    expect((await cli('indicators', '--period', '十四五', '--csv', '--wide')).out).toBe(shipped['indicators-2-1.csv'])
  })

  it('--wide is one table: with rows of both it says how to choose, one line naming --wide', async () => {
    expect(await fails(['indicators', '--csv', '--wide'], EXIT.usage)).toMatch(/^huozhou-plan indicators: --wide writes one table's own columns and these rows come from 表 1-1 and 表 2-1: add --table 1-1 or --table 2-1/m)
    expect(await fails(['indicators', '--wide'], EXIT.usage)).toMatch(/--wide shapes the CSV .*: give it with --csv/)
    const binding = parse((await cli('indicators', '--attribute', '约束性', '--table', '2-1', '--csv', '--wide')).out, { bom: true, columns: true }) as Array<Record<string, string>>
    expect(binding.map((r) => r.printed_number)).toEqual(['16', '17', '18', '19', '20', '25', '31', '32'])
  })

  it.each(Object.keys(shipped))('export %s is the shipped file, byte for byte, on stdout and with -o', async (name) => {
    const r = await cli('export', name)
    expect(r.code).toBe(EXIT.ok)
    const bytes = Buffer.from(shipped[name]!)
    // Buffer.equals: byte for byte (toEqual would compare a megabyte element by element).
    expect(Buffer.from(r.out).equals(bytes)).toBe(true)
    const file = path.join(scratch, name)
    expect(await cli('export', name, '-o', file)).toEqual({ code: EXIT.ok, out: '', err: '' })
    expect(fs.readFileSync(file).equals(bytes)).toBe(true)
  })

  it('export --list gives every shipped file and its path; --no-bom on a CSV file only', async () => {
    const lines = (await cli('export', '--list')).out.trimEnd().split('\n').map((l) => l.split('\t'))
    expect(lines.map(([name]) => name)).toEqual(Object.keys(shipped).sort())
    for (const [name, where] of lines) expect(fs.readFileSync(where!, 'utf8')).toBe(shipped[name!])
    expect((await cli('export', 'projects.csv', '--no-bom')).out).toBe(shipped['projects.csv']!.slice(1))
    expect(await fails(['export', 'plan.json', '--no-bom'], EXIT.usage)).toMatch(/--no-bom drops the byte-order mark of a CSV file; "plan\.json" has none/)
    expect(await fails(['export', 'plan.json', '--list'], EXIT.usage)).toMatch(/--list lists every file: give it without a <file>/)
  })

  it('-o writes any command to a file; one that cannot be written is one line naming --output, exit 74, and no output', async () => {
    const file = path.join(scratch, 'binding.csv')
    expect(await cli('projects', '--tied-to', '开发区', '--csv', '--output', file)).toEqual({ code: EXIT.ok, out: '', err: '' })
    expect(fs.readFileSync(file, 'utf8')).toBe((await cli('projects', '--tied-to', '开发区', '--csv')).out)
    expect((await cli('outline', '-o', file)).out).toBe('')
    expect(fs.readFileSync(file, 'utf8')).toContain('第十三章')
    const nowhere = path.join(scratch, 'no-such-folder', 'x.csv')
    expect(await fails(['projects', '--csv', '-o', nowhere], EXIT.io)).toMatch(/^huozhou-plan projects: cannot write --output ".*no-such-folder.*x\.csv": ENOENT: /m)
    expect(await fails(['projects', '-o'], EXIT.usage)).toMatch(/--output needs a value/)
    // A failing command writes no file.
    expect(await fails(['show', 'chp_99', '-o', path.join(scratch, 'never.txt')], EXIT.value)).toMatch(/no node or project/)
    expect(fs.existsSync(path.join(scratch, 'never.txt'))).toBe(false)
  })

  it('export without the data files says where it looked, in one line', async () => {
    let err = ''
    const code = await run(['export', 'projects.csv'], { out: () => {}, err: (s) => (err += s), data: path.join(scratch, 'missing') })
    expect(code).toBe(EXIT.io)
    expect(err).toMatch(/^huozhou-plan export: the data files are not where this package keeps them \(.*missing\): ENOENT/)
    expect(err.trimEnd().split('\n')).toHaveLength(1)
  })

  it("every command line of the README's shell examples runs (its -o files written to a scratch folder)", async () => {
    const lines = [...read('README.md').matchAll(/```sh\n([\s\S]*?)```/g)]
      .flatMap((m) => m[1]!.split('\n'))
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter((l) => /^(npx (@huozhou\/plan|huozhou-plan)|huozhou-plan) /.test(l) && !l.includes('<'))
    expect(lines.length).toBeGreaterThan(10)
    for (const line of lines) {
      const argv = line.replace(/^(npx (@huozhou\/plan|huozhou-plan)|huozhou-plan) /, '').split(/\s+/)
      const o = argv.findIndex((a) => a === '-o' || a === '--output')
      if (o >= 0) argv[o + 1] = path.join(scratch, argv[o + 1]!)
      const r = await cli(...argv)
      expect([line, r.code, r.err]).toEqual([line, EXIT.ok, ''])
    }
  })
})
