/**
 * The CLI's commands. Thin: each reads its arguments strictly (args.ts), asks
 * the library and prints a readable table, JSON or CSV. Commands and options
 * come from Maps, never from an object's prototype (`huozhou-plan toString`
 * is an unknown command). Bad input ends in one line on stderr that names the
 * argument at fault (`--limit`, `--attribute`, `<id>`) and a non-zero exit
 * code (output.ts), never a stack trace; what the user typed is quoted cut.
 */
import path from 'node:path'
import categoriesFile from '../generated/indicator-categories.json' with { type: 'json' }
import { PlanError, quote } from '../errors.js'
import { BOM, type CsvOptions } from '../export/csv.js'
import { indicatorRecords, indicatorsWideCsv, indicatorValuesCsv, type IndicatorContext, type IndicatorRecord } from '../export/indicators.js'
import { HOW_LABELS, KIND_LABELS, RELATION_LABELS, type Label } from '../export/labels.js'
import { projectsCsv, type ProjectContext } from '../export/projects.js'
import { boxes, explain, getNode, getProject, indicators, outline, places, projects, search, sectors, tables, text } from '../index.js'
import type { IndicatorCategory } from '../schema/categories.js'
import type { Indicator, PlanNode, Table } from '../schema/plan.js'
import type { Project } from '../schema/shipped.js'
import type { IndicatorFilter, ProjectFilter } from '../index.js'
import { sectorNames } from '../query/projects.js'
import { positiveInteger, readArgs, UsageError, type OptionSpec } from './args.js'
import { FileError, readShipped, shippedFiles, writeOutput } from './files.js'
import { EXIT } from './output.js'
import { dataFolder, packageInfo } from './package.js'
import { closest } from './suggest.js'
import { table } from './table.js'

export interface Io {
  out: (s: string) => void
  err: (s: string) => void
  /** The folder of the shipped data files `export` reads (default: the package's dist/data). */
  data?: string
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
  /** Values an option takes beyond the ones the library lists (Chinese labels …): "did you mean" looks among them too. */
  alsoAllowed?: ReadonlyMap<string, () => Iterable<string>>
  run: (values: Values, positionals: readonly string[], io: Io) => number | Promise<number>
}

const flag: OptionSpec = Object.freeze({ type: 'boolean' })
const value = (hint?: string): OptionSpec => Object.freeze({ type: 'string', ...(hint ? { hint } : {}) })
const options = (entries: Record<string, OptionSpec>): ReadonlyMap<string, OptionSpec> => new Map(Object.entries(entries).concat([['output', OUTPUT]]))

/** `-o <path>` / `--output <path>`: every command writes to a file instead of stdout (as it is: no shell re-encoding it). */
const OUTPUT: OptionSpec = Object.freeze({ type: 'string', short: 'o', hint: 'the file to write' })
const JSON_ONLY = options({ json: flag })
const FORMATS = [['json', 'csv']] as const

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'

/** A command that lists a fixed vocabulary: a table, or --json. */
function listing<T>(summary: string, name: string, rows: () => readonly T[], header: string[], row: (item: T) => string[]): Command {
  return {
    summary,
    usage: `huozhou-plan ${name} [--json] [-o <file>]`,
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

/** The slug a Chinese label stands for (`位于` -> `located-in`), or the value as given. */
function slugOf(labels: ReadonlyMap<string, Label>, value: string): string {
  for (const [slug, label] of labels) if (label.zh === value) return slug
  return value
}
const zhLabels = (labels: ReadonlyMap<string, Label>) => () => [...labels.values()].map((l) => l.zh)

/** The indicator category vocabulary (corpus/<plan>/indicator-categories.json, as the build wrote it). */
const CATEGORIES = (categoriesFile as { categories: IndicatorCategory[] }).categories

/**
 * The exporters (src/export) are shared with the build and typed with the parser's nodes; the CLI gives them the
 * library's answers, the same nodes frozen and typed narrower (src/schema/shipped.ts), which they only read.
 */
const asParsed = <T>(answer: unknown): T => answer as T

const indicatorContext = (): IndicatorContext => ({ tables: asParsed<readonly Table[]>(tables()), categories: CATEGORIES })
const projectContext = (): ProjectContext => ({ sectors: sectors(), places: places(), outline: outline(), boxes: boxes(), all: projects() })

/** CSV options from the command line: a byte-order mark unless --no-bom. */
function csvOptions(v: Values): CsvOptions {
  if (v['no-bom'] && !v.csv) throw new UsageError('--no-bom', '--no-bom drops the byte-order mark of CSV output: give it with --csv')
  return { bom: !v['no-bom'] }
}

/** The indicator rows the options select; `--category` takes a category of the shared vocabulary (`ecology`) or a printed group title. */
function indicatorRows(v: Values): IndicatorRecord[] {
  const category = typeof v.category === 'string' ? CATEGORIES.find((c) => c.id === v.category) : undefined
  const filter = filterOf(v, INDICATOR_FILTERS)
  if (category) delete filter.category
  // The values are the command line's: the library checks them at run time (and its messages name the option).
  const rows = indicatorRecords(asParsed<readonly Indicator[]>(indicators(filter as IndicatorFilter)), asParsed<(id: string) => PlanNode | undefined>(getNode))
  return category ? rows.filter((r) => r.category !== undefined && category.printed.includes(r.category)) : rows
}

/** The table a wide sheet is of: the one all `rows` stand in (or that --table / --period name when none match). */
function wideTable(rows: readonly IndicatorRecord[], v: Values) {
  const all = tables()
  const numbers = new Set(rows.map((r) => r.table))
  const chosen = rows.length
    ? all.filter((t) => numbers.has(t.number))
    : all.filter((t) => [t.number, t.id, t.label, t.label.replace(' ', '')].includes(String(v.table)) || t.period === v.period)
  if (chosen.length !== 1)
    throw new UsageError('--wide', `--wide writes one table's own columns and ${chosen.length ? `these rows come from ${chosen.map((t) => t.label).join(' and ')}` : 'no table is chosen'}: add --table ${all.map((t) => t.number).join(' or --table ')}, or leave --wide out for the long table (one row per value, any table)`)
  return chosen[0]!
}

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
      summary: 'indicator rows of 表 1-1 and 表 2-1, filtered: a table, --json, or --csv (one row per value; --wide: one row per indicator of one table)',
      usage: 'huozhou-plan indicators [--attribute 约束性|预期性] [--table 1-1|2-1] [--period 十三五|十四五] [--category <category or printed title>] [--text …] [--json | --csv [--wide] [--no-bom]] [-o <file>]',
      options: options({ attribute: value(), table: value(), period: value(), category: value(), text: value(), json: flag, csv: flag, wide: flag, 'no-bom': flag }),
      exclusive: FORMATS,
      positionals: [0, 0],
      argumentNames: filterArguments(INDICATOR_FILTERS),
      alsoAllowed: new Map([['category', () => CATEGORIES.map((c) => c.id)]]),
      run(v, _p, io) {
        const bom = csvOptions(v)
        if (v.wide && !v.csv) throw new UsageError('--wide', '--wide shapes the CSV (one row per indicator of one table): give it with --csv')
        const rows = indicatorRows(v)
        if (v.json) io.out(json(rows))
        else if (v.csv) io.out(v.wide ? indicatorsWideCsv(rows, asParsed<Table>(wideTable(rows, v)), indicatorContext(), bom) : indicatorValuesCsv(rows, indicatorContext(), bom))
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
      usage: 'huozhou-plan projects [--tied-to <place>] [--sector <sector>] [--main-sector <sector>] [--place <place>] [--kind box-item|named|direction] [--relation located-in|part-of|served-by|partner] [--how direct|context|transitive] [--chapter chp_4] [--box 4-3] [--text …] [--json | --csv [--no-bom]] [-o <file>]  (a sector, place, kind, relation or how by its ID or Chinese name)',
      options: options({ 'tied-to': value(), sector: value(), 'main-sector': value(), place: value(), kind: value(), relation: value(), how: value(), chapter: value(), box: value(), text: value(), json: flag, csv: flag, 'no-bom': flag }),
      exclusive: FORMATS,
      positionals: [0, 0],
      argumentNames: filterArguments(PROJECT_FILTERS),
      alsoAllowed: new Map<string, () => Iterable<string>>([
        ['sector', () => sectors().flatMap(sectorNames)],
        ['main-sector', () => sectors().flatMap(sectorNames)],
        ['tied-to', () => places().flatMap((p) => [p.name, ...p.aliases])],
        ['place', () => places().flatMap((p) => [p.name, ...p.aliases])],
        ['kind', zhLabels(KIND_LABELS)],
        ['relation', zhLabels(RELATION_LABELS)],
        ['how', zhLabels(HOW_LABELS)]
      ]),
      run(v, _p, io) {
        const bom = csvOptions(v)
        const filter = filterOf(v, PROJECT_FILTERS)
        if (filter.kind) filter.kind = slugOf(KIND_LABELS, filter.kind)
        if (filter.relation) filter.relation = slugOf(RELATION_LABELS, filter.relation)
        if (filter.how) filter.how = slugOf(HOW_LABELS, filter.how)
        const rows = projects(filter as ProjectFilter)
        if (v.json) io.out(json(rows))
        else if (v.csv) io.out(projectsCsv(rows, projectContext(), bom))
        else {
          const zh = new Map(sectors().map((s) => [s.id, s.zh]))
          const name = new Map(places().map((p) => [p.id, p.name]))
          io.out(
            table(
              ['id', 'kind', 'name', 'sectors', 'ties'],
              rows.map((p) => [p.id, p.kind, p.name, p.sectors.map((s) => zh.get(s) ?? s).join(','), p.ties.map((t) => `${name.get(t.to) ?? t.to} (${t.relation}, ${t.how})`).join(', ')])
            ) + `${rows.length} project(s)\n`
          )
        }
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
      summary: 'a shipped data file as it is, byte for byte (--list: every file and where it is)',
      usage: 'huozhou-plan export <file> [-o <path>] [--no-bom]  |  huozhou-plan export --list',
      options: options({ list: flag, 'no-bom': flag }),
      positionals: [0, 1],
      positional: '<file>',
      run(v, p, io) {
        const folder = io.data ?? dataFolder()
        const files = shippedFiles(folder)
        if (v.list) {
          if (p.length) throw new UsageError('--list', `--list lists every file: give it without a <file> (got ${quote(p[0]!)})`)
          if (v['no-bom']) throw new UsageError('--no-bom', '--no-bom applies to a CSV file written out: give it with <file>, not --list')
          io.out(files.map((f) => `${f}\t${path.join(folder, ...f.split('/'))}\n`).join(''))
          return EXIT.ok
        }
        const what = p[0]
        if (what === undefined) throw new UsageError('<file>', `missing <file>: one of ${files.join(', ')} (--list says where each is)`)
        if (!files.includes(what)) {
          const near = closest(what, files)
          throw new UsageError('<file>', `<file> must be one of ${files.join(', ')}; got ${quote(what)}${near ? `; did you mean ${near}?` : ''}`)
        }
        if (v['no-bom'] && !what.endsWith('.csv')) throw new UsageError('--no-bom', `--no-bom drops the byte-order mark of a CSV file; ${quote(what)} has none`)
        const content = readShipped(folder, what)
        io.out(v['no-bom'] && content.startsWith(BOM) ? content.slice(BOM.length) : content)
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
    '\n\nEvery command takes --help, and -o <file> to write a file instead of printing.\n--version prints the version.\n'
  )
}

/** What the first argument may be besides a command. */
const TOP_LEVEL = ['help', '--help', '--version']

/** An unknown command, in one line: what was typed (cut), the closest command, the list. */
function unknownCommand(command: string): string {
  const near = closest(command, [...COMMANDS.keys(), ...TOP_LEVEL])
  return `huozhou-plan: unknown command ${quote(command)}${near ? `; did you mean ${near}?` : ''}; allowed: ${[...COMMANDS.keys()].join(', ')}, help, --version\n`
}

/** The positionals a command takes, or a `UsageError` naming them. */
function checkPositionals(cmd: Command, positionals: readonly string[]): void {
  const [min, max] = cmd.positionals
  const name = cmd.positional ?? 'argument'
  if (positionals.length < min) throw new UsageError(name, `missing ${name}${name === '<id>' ? '; `huozhou-plan outline` lists IDs' : ''}`)
  if (positionals.length > max)
    throw new UsageError(max === 0 ? quote(positionals[0]!) : name, max === 0 ? `takes no arguments, got ${quote(positionals[0]!)}` : `takes one ${name}, got ${positionals.length} arguments: ${positionals.slice(0, 3).map(quote).join(', ')}${positionals.length > 3 ? ' …' : ''}`)
}

/**
 * A library error in the command line's words: `filter.tiedTo` reads `--tied-to`; for a value of a closed set, the
 * closest allowed value (or Chinese label the option takes) as "did you mean".
 */
function messageOf(error: PlanError, cmd: Command, values: Values): string {
  const name = cmd.argumentNames?.get(error.argument) ?? (error.argument === 'id' ? '<id>' : undefined)
  let message = name && error.message.startsWith(error.argument) ? name + error.message.slice(error.argument.length) : error.message
  const option = name?.startsWith('--') ? name.slice(2) : undefined
  const typed = option === undefined ? undefined : values[option]
  if (error.allowed && typeof typed === 'string') {
    const near = closest(typed, [...error.allowed, ...(cmd.alsoAllowed?.get(option!)?.() ?? [])])
    const at = message.indexOf('; allowed: ')
    if (near) message = at < 0 ? `${message}; did you mean ${near}?` : `${message.slice(0, at)}; did you mean ${near}?${message.slice(at)}`
  }
  return message
}

/** Run the CLI; resolves to the exit code. Never throws: errors become one line on stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(help())
    return command === undefined ? EXIT.usage : EXIT.ok
  }
  if (command === '--version' || command === '-v') {
    if (rest.length) {
      io.err(`huozhou-plan: --version takes no arguments, got ${quote(rest[0]!)}\n`)
      return EXIT.usage
    }
    io.out(`${packageInfo().version}\n`)
    return EXIT.ok
  }
  const cmd = COMMANDS.get(command)
  if (!cmd) {
    io.err(unknownCommand(command))
    return EXIT.usage
  }
  let values: Values = {}
  try {
    const parsed = readArgs(rest, cmd)
    values = parsed.values
    if (parsed.help) {
      io.out(`Usage: ${cmd.usage}\n\n${cmd.summary}.\n`)
      return EXIT.ok
    }
    checkPositionals(cmd, parsed.positionals)
    const output = values.output
    if (typeof output !== 'string') return await cmd.run(values, parsed.positionals, io)
    // -o: the whole output, written once the command has answered (nothing is written when it fails).
    const chunks: string[] = []
    const code = await cmd.run(values, parsed.positionals, { ...io, out: (s) => void chunks.push(s) })
    writeOutput(output, chunks.join(''))
    return code
  } catch (error) {
    const message = error instanceof PlanError ? messageOf(error, cmd, values) : error instanceof Error ? error.message : String(error)
    io.err(`huozhou-plan ${command}: ${message.split('\n')[0]}\n`)
    return error instanceof PlanError ? EXIT.value : error instanceof FileError ? EXIT.io : EXIT.usage
  }
}

/** A project as lines of text: name, kind, where, its mentions, sectors and places with their Chinese names, and each tie with its chain of evidence. */
function projectSummary(p: Project): string {
  const zh = new Map(sectors().map((s) => [s.id, s.zh]))
  const name = new Map(places().map((pl) => [pl.id, pl.name]))
  const lines = [
    `${p.name}  [${p.id}]`,
    `kind: ${p.kind}${p.box ? `, 专栏 ${p.box}` : ''}`,
    ...(p.aliases.length ? [`also: ${p.aliases.join(', ')}`] : []),
    ...p.mentions.map((m) => `mention: ${m.nodeId} ${m.start}-${m.end} «${m.raw}»${m.matched === 'canonical' ? '' : ` (${m.matched})`}`),
    `sectors: ${p.sectors.map((s) => `${s} ${zh.get(s) ?? ''}`.trim()).join(', ') || '-'}`,
    `places: ${p.places.map((id) => `${id} ${name.get(id) ?? ''}`.trim()).join(', ') || '-'}`,
    ...p.ties.map((t) => `tie: ${t.to} ${t.relation} (${t.how}): ${explain(p.id, t.to)!.text}`)
  ]
  return lines.join('\n') + '\n'
}
