/**
 * `huozhou-plan indicators [filters] [--json | --csv [--wide] [--no-bom]] [-o <file>]`:
 * the indicator rows of the plan's tables (表 1-1, 表 2-1), filtered.
 *
 * Filters, each passed to the library's `indicators(filter)`: --attribute
 * (约束性, 预期性), --table (`1-1`, `表 1-1` …), --period (十三五, 十四五),
 * --category (a category of the shared vocabulary, `ecology`, or a title a
 * table prints), --text.
 * Output: a table (id, 表, #, name, unit, category, attribute) and the count;
 * --json: the rows as records; --csv: one row per value (the long table,
 * any tables), or with --wide one row per indicator of one table, in that
 * table's own columns (a usage error unless the rows, or --table/--period,
 * choose exactly one table).
 */
import categoriesFile from '../../generated/indicator-categories.json' with { type: 'json' }
import { indicatorRecords, indicatorsWideCsv, indicatorValuesCsv, type IndicatorContext, type IndicatorRecord } from '../../export/indicators.js'
import { getNode, indicators, tables, type IndicatorFilter } from '../../index.js'
import type { IndicatorCategory } from '../../schema/categories.js'
import type { Indicator, PlanNode, Table } from '../../schema/plan.js'
import { UsageError } from '../args.js'
import type { Command, Values } from '../command.js'
import { filterArguments, filterOf } from '../filter.js'
import { csvOptions, FORMATS, json } from '../formats.js'
import { flag, options, value } from '../options.js'
import { EXIT } from '../output.js'
import { table } from '../table.js'

/** CLI option -> filter key, in the order the usage lists them. */
const FILTERS = new Map([['attribute', 'attribute'], ['table', 'table'], ['period', 'period'], ['category', 'category'], ['text', 'text']])

/** The indicator category vocabulary (corpus/<plan>/indicator-categories.json, as the build wrote it). */
const CATEGORIES = (categoriesFile as { categories: IndicatorCategory[] }).categories

/**
 * The exporters (src/export) are shared with the build and typed with the parser's nodes; the CLI gives them the
 * library's answers, the same nodes frozen and typed narrower (src/schema/shipped.ts), which they only read.
 */
const asParsed = <T>(answer: unknown): T => answer as T

const indicatorContext = (): IndicatorContext => ({ tables: asParsed<readonly Table[]>(tables()), categories: CATEGORIES })

/** The indicator rows the options select; `--category` takes a category of the shared vocabulary (`ecology`) or a printed group title. */
function indicatorRows(v: Values): IndicatorRecord[] {
  const category = typeof v.category === 'string' ? CATEGORIES.find((c) => c.id === v.category) : undefined
  const filter = filterOf(v, FILTERS)
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

export const indicatorsCommand: Command = {
  summary: 'indicator rows of 表 1-1 and 表 2-1, filtered: a table, --json, or --csv (one row per value; --wide: one row per indicator of one table)',
  usage: 'huozhou-plan indicators [--attribute 约束性|预期性] [--table 1-1|2-1] [--period 十三五|十四五] [--category <category or printed title>] [--text …] [--json | --csv [--wide] [--no-bom]] [-o <file>]',
  options: options({ attribute: value(), table: value(), period: value(), category: value(), text: value(), json: flag, csv: flag, wide: flag, 'no-bom': flag }),
  exclusive: FORMATS,
  positionals: [0, 0],
  argumentNames: filterArguments(FILTERS),
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
