/**
 * The CLI's commands. Thin: each parses its arguments with node:util
 * parseArgs, asks the library and prints a readable table, JSON or CSV.
 * Bad input ends in one line on stderr and a non-zero exit code, never a
 * stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { PlanError } from '../errors.js'
import { indicatorRecords, indicatorsCsv } from '../export/indicators.js'
import { projectsCsv, projectTiesCsv } from '../export/projects.js'
import { explain, getNode, getProject, indicators, outline, places, projects, search, sectors, text, tree } from '../index.js'
import type { Project } from '../schema/project.js'
import { table } from './table.js'

export interface Io {
  out: (s: string) => void
  err: (s: string) => void
}

class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>

interface Command {
  summary: string
  usage: string
  options: Options
  run: (values: Record<string, string | boolean | undefined>, positionals: string[], io: Io) => number | Promise<number>
}

const FORMAT: Options = { json: { type: 'boolean' }, csv: { type: 'boolean' } }

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'

/** A command that lists a fixed vocabulary: a table, or --json. */
function listing<T>(summary: string, name: string, rows: () => readonly T[], header: string[], row: (item: T) => string[]): Command {
  return {
    summary,
    usage: `huozhou-plan ${name} [--json]`,
    options: { json: { type: 'boolean' } },
    run(v, _p, io) {
      io.out(v.json ? json(rows()) : table(header, rows().map(row)))
      return 0
    }
  }
}

const COMMANDS: Record<string, Command> = {
  outline: {
    summary: 'the chapters and sections, with IDs and the 目录’s page numbers',
    usage: 'huozhou-plan outline [--json]',
    options: { json: { type: 'boolean' } },
    run(v, _p, io) {
      const o = outline()
      if (v.json) return io.out(json(o)), 0
      io.out(`${o.title}\n`)
      for (const c of o.chapters) {
        io.out(`${c.label} ${c.title}  [${c.id}] p.${c.page ?? '?'}\n`)
        for (const s of c.sections) io.out(`  ${s.label} ${s.title}  [${s.id}] p.${s.page ?? '?'}\n`)
      }
      return 0
    }
  },
  show: {
    summary: 'one node (its text, or JSON, HTML, Markdown) or one project (a summary, or JSON)',
    usage: 'huozhou-plan show <id> [--json | --html | --markdown]',
    options: { json: { type: 'boolean' }, html: { type: 'boolean' }, markdown: { type: 'boolean' } },
    async run(v, p, io) {
      const id = p[0]
      if (!id) throw new UsageError('missing <id>; `huozhou-plan outline` lists IDs')
      const node = getNode(id)
      const project = node ? undefined : getProject(id)
      if (project) {
        io.out(v.json ? json(project) : projectSummary(project))
        return 0
      }
      if (!node) throw new PlanError('unknown-id', 'id', `no node or project has the ID ${JSON.stringify(id)}`)
      if (v.json) io.out(json(node))
      else if (v.html || v.markdown) {
        const render = await import('../render.js')
        io.out(v.html ? render.toHtml(id) + '\n' : render.toMarkdown(id))
      } else io.out(text(id) + '\n')
      return 0
    }
  },
  indicators: {
    summary: 'indicator rows of 表 1-1 and 表 2-1, filtered',
    usage: 'huozhou-plan indicators [--attribute 约束性|预期性] [--table 1-1|2-1] [--period 十三五|十四五] [--category …] [--text …] [--json | --csv]',
    options: { attribute: { type: 'string' }, table: { type: 'string' }, period: { type: 'string' }, category: { type: 'string' }, text: { type: 'string' }, ...FORMAT },
    run(v, _p, io) {
      const filter = Object.fromEntries(['attribute', 'table', 'period', 'category', 'text'].filter((k) => v[k] !== undefined).map((k) => [k, v[k] as string]))
      const rows = indicatorRecords(indicators(filter), getNode)
      if (v.json) io.out(json(rows))
      else if (v.csv) io.out(indicatorsCsv(rows))
      else
        io.out(
          table(
            ['id', '表', '#', 'name', 'unit', 'category', 'attribute'],
            rows.map((r) => [r.id, r.table, r.number ?? (r.parentNumber !== undefined ? `${r.parentNumber}·` : ''), r.parentName ? `${r.parentName} / ${r.name}` : r.name, r.unit ?? '', r.category ?? '', r.attribute ?? ''])
          ) + `${rows.length} indicator(s)\n`
        )
      return 0
    }
  },
  projects: {
    summary: 'box items and named projects, by tie, sector, place, kind, chapter, box',
    usage: 'huozhou-plan projects [--tied-to <place>] [--sector <sector>] [--main-sector <sector>] [--place <place>] [--kind box-item|named] [--chapter chp_4] [--box 4-3] [--text …] [--json | --csv]',
    options: { 'tied-to': { type: 'string' }, sector: { type: 'string' }, 'main-sector': { type: 'string' }, place: { type: 'string' }, kind: { type: 'string' }, chapter: { type: 'string' }, box: { type: 'string' }, text: { type: 'string' }, ...FORMAT },
    run(v, _p, io) {
      const keys: Record<string, string> = { 'tied-to': 'tiedTo', sector: 'sector', 'main-sector': 'mainSector', place: 'place', kind: 'kind', chapter: 'chapter', box: 'box', text: 'text' }
      const filter = Object.fromEntries(Object.entries(keys).filter(([k]) => v[k] !== undefined).map(([k, key]) => [key, v[k] as string]))
      const rows = projects(filter)
      if (v.json) io.out(json(rows))
      else if (v.csv) io.out(projectsCsv(rows))
      else
        io.out(
          table(
            ['id', 'kind', 'name', 'sectors', 'ties'],
            rows.map((p) => [p.id, p.kind, p.name, p.sectors.join(','), p.ties.map((t) => `${t.to}:${t.how}`).join(',')])
          ) + `${rows.length} project(s)\n`
        )
      return 0
    }
  },
  sectors: listing('the sector vocabulary (ids, labels, GB/T 4754 codes)', 'sectors', sectors, ['id', 'zh', 'en', 'GB/T 4754'], (s) => [s.id, s.zh, s.en, s.gbt4754.join(',')]),
  places: listing('the gazetteer: places with their kinds and aliases', 'places', places, ['id', 'name', 'kind', 'aliases'], (p) => [p.id, p.name, p.kind, p.aliases.join(',')]),
  search: {
    summary: 'literal full-text search (traditional characters find simplified text)',
    usage: 'huozhou-plan search <text> [--limit N] [--json]',
    options: { limit: { type: 'string' }, json: { type: 'boolean' } },
    run(v, p, io) {
      const query = p.join(' ')
      if (!query) throw new UsageError('missing <text>')
      let limit: number | undefined
      if (v.limit !== undefined) {
        limit = Number(v.limit)
        if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive integer, got ${JSON.stringify(v.limit)}`)
      }
      const hits = search(query, limit === undefined ? undefined : { limit })
      if (v.json) io.out(json(hits))
      else io.out(table(['id', 'snippet'], hits.map((h) => [h.id, h.snippet])) + `${hits.length} hit(s)\n`)
      return 0
    }
  },
  export: {
    summary: 'the shipped data files: plan.json, outline.json, indicators.json|csv, projects.json|csv, project-ties.csv',
    usage: 'huozhou-plan export <plan.json|outline.json|indicators.json|indicators.csv|projects.json|projects.csv|project-ties.csv>',
    options: {},
    run(_v, p, io) {
      const what = p[0]
      const exporters: Record<string, () => string> = {
        'plan.json': () => JSON.stringify(tree()) + '\n',
        'outline.json': () => json(outline()),
        'indicators.json': () => json(indicatorRecords(indicators(), getNode)),
        'indicators.csv': () => indicatorsCsv(indicatorRecords(indicators(), getNode)),
        'projects.json': () => json(projects()),
        'projects.csv': () => projectsCsv(projects()),
        'project-ties.csv': () => projectTiesCsv(projects(), places())
      }
      if (!what || !exporters[what]) throw new UsageError(`export needs one of: ${Object.keys(exporters).join(', ')}${what ? `; got ${JSON.stringify(what)}` : ''}`)
      io.out(exporters[what]())
      return 0
    }
  }
}

export function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length))
  return (
    'Usage: huozhou-plan <command> [options]\n\nCommands:\n' +
    Object.entries(COMMANDS)
      .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
      .join('\n') +
    '\n\nEvery command takes --help.\n'
  )
}

/** Run the CLI; resolves to the exit code. Never throws: errors become one line on stderr. */
export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(help())
    return command ? 0 : 2
  }
  const cmd = COMMANDS[command]
  if (!cmd) {
    io.err(`huozhou-plan: unknown command ${JSON.stringify(command)}; allowed: ${Object.keys(COMMANDS).join(', ')}, help\n`)
    return 2
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: { ...cmd.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
    if (values.help) {
      io.out(`Usage: ${cmd.usage}\n\n${cmd.summary}.\n`)
      return 0
    }
    const options = values as Record<string, string | boolean | undefined>
    if (options.json && options.csv) throw new UsageError('choose one of --json and --csv')
    return await cmd.run(options, positionals, io)
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    io.err(`huozhou-plan ${command}: ${message}\n`)
    return error instanceof PlanError ? 1 : 2
  }
}

/** A project as lines of text: name, kind, where, its mentions, sectors, places, and each tie with its chain of evidence. */
function projectSummary(p: Project): string {
  const lines = [
    `${p.name}  [${p.id}]`,
    `kind: ${p.kind}${p.box ? `, 专栏 ${p.box}` : ''}`,
    ...(p.aliases.length ? [`also: ${p.aliases.join(', ')}`] : []),
    ...p.mentions.map((m) => `mention: ${m.nodeId} ${m.start}-${m.end} «${m.raw}»${m.matched === 'canonical' ? '' : ` (${m.matched})`}`),
    `sectors: ${p.sectors.join(', ') || '-'}`,
    `places: ${p.places.join(', ') || '-'}`,
    ...p.ties.map((t) => `tie: ${t.to} ${t.relation} (${t.how}): ${explain(p.id, t.to)!.text}`)
  ]
  return lines.join('\n') + '\n'
}
