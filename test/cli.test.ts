/** The CLI, run in-process: every command answers, --help everywhere, bad input is one line and a non-zero code. */
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { help, run } from '../src/cli/run.js'

async function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) })
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
  it('indicators --attribute 约束性 --csv parses back to 28 rows', async () => {
    const r = await cli('indicators', '--attribute', '约束性', '--csv')
    const rows = parse(r.out, { columns: true, bom: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(28)
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
    expect(parse((await cli('export', 'project-ties.csv')).out, { columns: true }).length).toBeGreaterThan(300)
    expect(JSON.parse((await cli('show', 'box_4-1__item_2__prj', '--json')).out).kind).toBe('box-item')
    expect(JSON.parse((await cli('search', '開發區', '--json')).out)).toEqual(JSON.parse((await cli('search', '开发区', '--json')).out))
    const csv = (await cli('export', 'indicators.csv')).out
    expect(parse(csv, { columns: true })).toHaveLength(71)
  })
  it('projects --tied-to 开发区 --json and --csv agree with the library', async () => {
    const j = JSON.parse((await cli('projects', '--tied-to', '开发区', '--json')).out) as Array<{ id: string }>
    const c = parse((await cli('projects', '--tied-to', '开发区', '--csv')).out, { columns: true }) as Array<{ id: string }>
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
    [['indicators', '--colour', 'red'], /Unknown option '--colour'/],
    [['show', 'chp_99'], /no node or project has the ID "chp_99"/],
    [['show'], /missing <id>/],
    [['search'], /missing <text>/],
    [['search', 'x', '--limit', '0'], /--limit must be a positive integer/],
    [['export', 'nope'], /export needs one of: plan\.json/],
    [['frobnicate'], /unknown command "frobnicate"; allowed: outline, show/],
    [['indicators', '--json', '--csv'], /choose one of --json and --csv/]
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
