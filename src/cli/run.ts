/**
 * The CLI's commands. Thin: each reads its arguments strictly (args.ts), asks
 * the library and prints a readable table, JSON or CSV. Commands and options
 * come from Maps, never from an object's prototype (`huozhou-plan toString`
 * is an unknown command). Bad input ends in one line on stderr that names the
 * argument at fault (`--limit`, `--attribute`, `<id>`) and a non-zero exit
 * code (output.ts), never a stack trace; what the user typed is quoted cut.
 */
import { PlanError, quote } from '../errors.js'
import { indicatorRecords, indicatorsCsv } from '../export/indicators.js'
import { projectsCsv, projectTiesCsv } from '../export/projects.js'
import { explain, getNode, getProject, indicators, outline, places, projects, search, sectors, text, tree } from '../index.js'
import type { Project } from '../schema/project.js'
import { positiveInteger, readArgs, UsageError, type OptionSpec } from './args.js'
import { EXIT } from './output.js'
import { closest } from './suggest.js'
import { table } from './table.js'

export interface Io {
  out: (s: string) => void
  err: (s: string) => void
}

type Values = Readonly<Record<string, string | true | undefined>>

interface Command {
  summary: string
  usage: string
  options: ReadonlyMap<string, OptionSpec>
  /** Groups of options of which at most one may be given. */
  exclusive?: ReadonlyArray<readonly string[]>
  /** How many positional arguments it takes: [min, max]. */
  positionals: readonly [number, number]
  /** What the positionals are called in messages (`<id>`, `<text>`, `<file>`). */
  positional?: string
  /** CLI names of the library's arguments, for messages: `filter.tiedTo` -> `--tied-to`. */
  argumentNames?: ReadonlyMap<string, string>
  run: (values: Values, positionals: readonly string[], io: Io) => number | Promise<number>
}

const flag: OptionSpec = Object.freeze({ type: 'boolean' })
const value = (hint?: string): OptionSpec => Object.freeze({ type: 'string', ...(hint ? { hint } : {}) })
const options = (entries: Record<string, OptionSpec>): ReadonlyMap<string, OptionSpec> => new Map(Object.entries(entries))

const JSON_ONLY = options({ json: flag })
const FORMATS = [['json', 'csv']] as const

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'

/** A command that lists a fixed vocabulary: a table, or --json. */
function listing<T>(summary: string, name: string, rows: () => readonly T[], header: string[], row: (item: T) => string[]): Command {
  return {
    summary,
    usage: `huozhou-plan ${name} [--json]`,
    options: JSON_ONLY,
    positionals: [0, 0],
    run(v, _p, io) {
      io.out(v.json ? json(rows()) : table(header, rows().map(row)))
      return EXIT.ok
    }
  }
}

/** CLI option -> filter key, in the order the usage lists them. */
const INDICATOR_FILTERS = new Map([['attribute', 'attribute'], ['table', 'table'], ['period', 'period'], ['category', 'category'], ['text', 'text']])
const PROJECT_FILTERS = new Map([['tied-to', 'tiedTo'], ['sector', 'sector'], ['main-sector', 'mainSector'], ['place', 'place'], ['kind', 'kind'], ['relation', 'relation'], ['how', 'how'], ['chapter', 'chapter'], ['box', 'box'], ['text', 'text']])

/** The filter the given options make, and how the library's `filter.x` reads on the command line. */
function filterOf(v: Values, names: ReadonlyMap<string, string>): Record<string, string> {
  const filter: Record<string, string> = {}
  for (const [option, key] of names) if (typeof v[option] === 'string') filter[key] = v[option] as string
  return filter
}
const filterArguments = (names: ReadonlyMap<string, string>) => new Map([...names].map(([option, key]) => [`filter.${key}`, `--${option}`]))

/** The shipped data files `export` writes. */
const EXPORTS: ReadonlyMap<string, () => string> = new Map([
  ['plan.json', () => JSON.stringify(tree()) + '\n'],
  ['outline.json', () => json(outline())],
  ['indicators.json', () => json(indicatorRecords(indicators(), getNode))],
  ['indicators.csv', () => indicatorsCsv(indicatorRecords(indicators(), getNode))],
  ['projects.json', () => json(projects())],
  ['projects.csv', () => projectsCsv(projects())],
  ['project-ties.csv', () => projectTiesCsv(projects(), places())]
])

const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  [
    'outline',
    {
      summary: 'the chapters and sections, with IDs and the 目录’s page numbers',
      usage: 'huozhou-plan outline [--json]',
      options: JSON_ONLY,
      positionals: [0, 0],
      run(v, _p, io) {
        const o = outline()
        if (v.json) return io.out(json(o)), EXIT.ok
        io.out(`${o.title}\n`)
        for (const c of o.chapters) {
          io.out(`${c.label} ${c.title}  [${c.id}] p.${c.page ?? '?'}\n`)
          for (const s of c.sections) io.out(`  ${s.label} ${s.title}  [${s.id}] p.${s.page ?? '?'}\n`)
        }
        return EXIT.ok
      }
    }
  ],
  [
    'show',
    {
      summary: 'one node (its text, or JSON, HTML, Markdown) or one project (a summary, or JSON)',
      usage: 'huozhou-plan show <id> [--json | --html | --markdown]',
      options: options({ json: flag, html: flag, markdown: flag }),
      exclusive: [['json', 'html', 'markdown']],
      positionals: [1, 1],
      positional: '<id>',
      async run(v, p, io) {
        const id = p[0]!
        const node = getNode(id)
        const project = node ? undefined : getProject(id)
        if (project) {
          if (v.html || v.markdown) throw new UsageError(v.html ? '--html' : '--markdown', `${v.html ? '--html' : '--markdown'} renders a node of the plan; ${quote(id)} is a project: show it as text or --json`)
          io.out(v.json ? json(project) : projectSummary(project))
          return EXIT.ok
        }
        if (!node) throw new PlanError('unknown-id', 'id', `no node or project has the ID ${quote(id)}; \`huozhou-plan outline\` lists IDs`)
        if (v.json) io.out(json(node))
        else if (v.html || v.markdown) {
          const render = await import('../render.js')
          io.out(v.html ? render.toHtml(id) + '\n' : render.toMarkdown(id))
        } else io.out(text(id) + '\n')
        return EXIT.ok
      }
    }
  ],
  [
    'indicators',
    {
      summary: 'indicator rows of 表 1-1 and 表 2-1, filtered',
      usage: 'huozhou-plan indicators [--attribute 约束性|预期性] [--table 1-1|2-1] [--period 十三五|十四五] [--category …] [--text …] [--json | --csv]',
      options: options({ attribute: value(), table: value(), period: value(), category: value(), text: value(), json: flag, csv: flag }),
      exclusive: FORMATS,
      positionals: [0, 0],
      argumentNames: filterArguments(INDICATOR_FILTERS),
      run(v, _p, io) {
        const rows = indicatorRecords(indicators(filterOf(v, INDICATOR_FILTERS)), getNode)
        if (v.json) io.out(json(rows))
        else if (v.csv) io.out(indicatorsCsv(rows))
        else
          io.out(
            table(
              ['id', '表', '#', 'name', 'unit', 'category', 'attribute'],
              rows.map((r) => [r.id, r.table, r.number ?? (r.parentNumber !== undefined ? `${r.parentNumber}·` : ''), r.parentName ? `${r.parentName} / ${r.name}` : r.name, r.unit ?? '', r.category ?? '', r.attribute ?? ''])
            ) + `${rows.length} indicator(s)\n`
          )
        return EXIT.ok
      }
    }
  ],
  [
    'projects',
    {
      summary: 'box items and named projects, by tie, sector, place, kind, chapter, box',
      usage: 'huozhou-plan projects [--tied-to <place>] [--sector <sector>] [--main-sector <sector>] [--place <place>] [--kind box-item|named|direction] [--relation located-in|part-of|served-by|partner] [--how direct|context|transitive] [--chapter chp_4] [--box 4-3] [--text …] [--json | --csv]',
      options: options({ 'tied-to': value(), sector: value(), 'main-sector': value(), place: value(), kind: value(), relation: value(), how: value(), chapter: value(), box: value(), text: value(), json: flag, csv: flag }),
      exclusive: FORMATS,
      positionals: [0, 0],
      argumentNames: filterArguments(PROJECT_FILTERS),
      run(v, _p, io) {
        const rows = projects(filterOf(v, PROJECT_FILTERS))
        if (v.json) io.out(json(rows))
        else if (v.csv) io.out(projectsCsv(rows))
        else
          io.out(
            table(
              ['id', 'kind', 'name', 'sectors', 'ties'],
              rows.map((p) => [p.id, p.kind, p.name, p.sectors.join(','), p.ties.map((t) => `${t.to}:${t.how}`).join(',')])
            ) + `${rows.length} project(s)\n`
          )
        return EXIT.ok
      }
    }
  ],
  ['sectors', listing('the sector vocabulary (ids, labels, GB/T 4754 codes)', 'sectors', sectors, ['id', 'zh', 'en', 'GB/T 4754'], (s) => [s.id, s.zh, s.en, s.gbt4754.join(',')])],
  ['places', listing('the gazetteer: places with their kinds and aliases', 'places', places, ['id', 'name', 'kind', 'aliases'], (p) => [p.id, p.name, p.kind, p.aliases.join(',')])],
  [
    'search',
    {
      summary: 'literal full-text search (traditional characters find simplified text)',
      usage: 'huozhou-plan search <text> [--limit N] [--json]',
      options: options({ limit: { type: 'string', integer: true, hint: 'a positive whole number written in digits (1, 5, 20 …)' }, json: flag }),
      positionals: [1, Infinity],
      positional: '<text>',
      argumentNames: new Map([['query', '<text>'], ['options.limit', '--limit']]),
      run(v, p, io) {
        const limit = typeof v.limit === 'string' ? positiveInteger(v.limit, '--limit') : undefined
        const hits = search(p.join(' '), limit === undefined ? undefined : { limit })
        if (v.json) io.out(json(hits))
        else io.out(table(['id', 'snippet'], hits.map((h) => [h.id, h.snippet])) + `${hits.length} hit(s)\n`)
        return EXIT.ok
      }
    }
  ],
  [
    'export',
    {
      summary: 'the shipped data files: plan.json, outline.json, indicators.json|csv, projects.json|csv, project-ties.csv',
      usage: `huozhou-plan export <${[...EXPORTS.keys()].join('|')}>`,
      options: options({}),
      positionals: [1, 1],
      positional: '<file>',
      run(_v, p, io) {
        const what = p[0]!
        const write = EXPORTS.get(what)
        if (!write) {
          const near = closest(what, EXPORTS.keys())
          throw new UsageError('<file>', `<file> must be one of ${[...EXPORTS.keys()].join(', ')}; got ${quote(what)}${near ? `; did you mean ${near}?` : ''}`)
        }
        io.out(write())
        return EXIT.ok
      }
    }
  ]
])

export function help(): string {
  const width = Math.max(...[...COMMANDS.keys()].map((c) => c.length))
  return (
    'Usage: huozhou-plan <command> [options]\n\nCommands:\n' +
    [...COMMANDS].map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`).join('\n') +
    '\n\nEvery command takes --help.\n'
  )
}

/** An unknown command, in one line: what was typed (cut), the closest command, the list. */
function unknownCommand(command: string): string {
  const near = closest(command, COMMANDS.keys())
  return `huozhou-plan: unknown command ${quote(command)}${near ? `; did you mean ${near}?` : ''}; allowed: ${[...COMMANDS.keys()].join(', ')}, help\n`
}

/** The positionals a command takes, or a `UsageError` naming them. */
function checkPositionals(cmd: Command, positionals: readonly string[]): void {
  const [min, max] = cmd.positionals
  const name = cmd.positional ?? 'argument'
  if (positionals.length < min) throw new UsageError(name, `missing ${name}${name === '<id>' ? '; `huozhou-plan outline` lists IDs' : ''}`)
  if (positionals.length > max)
    throw new UsageError(max === 0 ? quote(positionals[0]!) : name, max === 0 ? `takes no arguments, got ${quote(positionals[0]!)}` : `takes one ${name}, got ${positionals.length} arguments: ${positionals.slice(0, 3).map(quote).join(', ')}${positionals.length > 3 ? ' …' : ''}`)
}

/** A library error in the command line's words: `filter.tiedTo` reads `--tied-to`. */
function messageOf(error: PlanError, cmd: Command): string {
  const name = cmd.argumentNames?.get(error.argument) ?? (error.argument === 'id' ? '<id>' : undefined)
  return name && error.message.startsWith(error.argument) ? name + error.message.slice(error.argument.length) : error.message
}

/** Run the CLI; resolves to the exit code. Never throws: errors become one line on stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(help())
    return command === undefined ? EXIT.usage : EXIT.ok
  }
  const cmd = COMMANDS.get(command)
  if (!cmd) {
    io.err(unknownCommand(command))
    return EXIT.usage
  }
  try {
    const { values, positionals, help } = readArgs(rest, cmd)
    if (help) {
      io.out(`Usage: ${cmd.usage}\n\n${cmd.summary}.\n`)
      return EXIT.ok
    }
    checkPositionals(cmd, positionals)
    return await cmd.run(values, positionals, io)
  } catch (error) {
    const message = error instanceof PlanError ? messageOf(error, cmd) : error instanceof Error ? error.message : String(error)
    io.err(`huozhou-plan ${command}: ${message.split('\n')[0]}\n`)
    return error instanceof PlanError ? EXIT.value : EXIT.usage
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
