/**
 * The indicator tables for tools that do not speak JavaScript, in three
 * shapes:
 *
 * - `indicatorRecords`: one record per indicator row, every cell typed
 *   (indicators.json, `indicators --json`);
 * - the wide sheet of one table (`indicatorsWideCsv`: indicators-1-1.csv,
 *   indicators-2-1.csv): one row per indicator, the table's own columns as
 *   printed, each beside its figure where the cell is a bare figure. One
 *   table a sheet: the two tables have different columns, and side by side
 *   every row would be half empty;
 * - the long table (`indicatorValuesCsv`: indicator-values.csv): one row per
 *   printed cell of any table (a cell printing several figures, one row a
 *   figure), with every facet the JSON keeps (comparator, 左右, [累计], %,
 *   qualifier, footnote marks), so that rows of both tables stack and nothing
 *   is lost: parsed back, it gives every indicator's values.
 *
 * Every column is documented where it is defined; the data dictionary is
 * written from these definitions.
 */
import type { IndicatorCategory } from '../schema/categories.js'
import type { CellValue, NumberPart } from '../schema/value.js'
import type { Indicator, IndicatorGroup, Plan, PlanNode, Table, TableHeader } from '../schema/plan.js'
import { joinList, toCsv, type Cell, type Column, type CsvOptions } from './csv.js'
import { nodes } from '../util/visit.js'

export interface IndicatorRecord {
  id: string
  table: string
  period: string | undefined
  /** The printed number; sub-rows carry their parent row's number in `parentNumber`. */
  number: number | undefined
  name: string
  unit: string | undefined
  category: string | undefined
  parent: string | undefined
  parentName: string | undefined
  parentNumber: number | undefined
  attribute: string | undefined
  monitored: boolean
  /** Column name (as the table header prints it) -> typed value. */
  values: Record<string, CellValue>
}

export function indicatorRecords(indicators: readonly Indicator[], byId: (id: string) => PlanNode | undefined): IndicatorRecord[] {
  return indicators.map((ind) => {
    const parent = ind.parent ? (byId(ind.parent) as IndicatorGroup | undefined) : undefined
    return {
      id: ind.id,
      table: ind.table,
      period: ind.period,
      number: ind.number,
      name: ind.name,
      unit: ind.unit,
      category: ind.category,
      parent: ind.parent,
      parentName: parent?.name,
      parentNumber: parent?.number,
      attribute: ind.attribute,
      monitored: ind.monitored,
      values: ind.values
    }
  })
}

/** Every indicator of a tree, in document order. */
export function allIndicators(tree: Plan): Indicator[] {
  return nodes<PlanNode, Indicator>(tree, (n): n is Indicator => n.type === 'indicator')
}

/** What the CSVs need beside the records: the tables (labels, header rows) and the category vocabulary. */
export interface IndicatorContext {
  readonly tables: readonly Table[]
  readonly categories: readonly IndicatorCategory[]
}

/** A value column of a table: its name as the header composes it, the spanning header above it, the year it names. */
export interface ValueColumn {
  /** `规划目标 2020 年`: the key of `values`. */
  readonly name: string
  /** The upper header row's cell spanning it (`规划目标`, `进展情况`), or `''`. */
  readonly group: string
  /** The year the column names (`2020 年` -> 2020), or `undefined` (a 年均增速 column). */
  readonly year: number | undefined
}

const YEAR = /(\d{4})\s*年/

/** The value columns of a table, in the header's order: the columns some row of it has a value in. */
export function valueColumns(table: Table): ValueColumn[] {
  const header = table.children.find((c): c is TableHeader => c.type === 'tableHeader')
  const keys = new Set<string>()
  for (const row of table.children) if (row.type === 'indicator') for (const k of Object.keys(row.values)) keys.add(k)
  const names = header ? header.columns.filter((c) => keys.has(c)) : []
  for (const k of keys) if (!names.includes(k)) names.push(k)
  return names.map((name) => {
    const k = header ? header.columns.indexOf(name) : -1
    const year = YEAR.exec(name)
    return { name, group: header && k >= 0 ? spanningHeader(header.rows, k) : '', year: year ? Number(year[1]) : undefined }
  })
}

/** The upper header row's cell over column `k` when the lower row names the column (a cell spans to its right until the next). */
function spanningHeader(rows: ReadonlyArray<readonly string[]>, k: number): string {
  if (rows.length < 2 || !rows[rows.length - 1]![k]) return ''
  for (let j = k; j >= 0; j--) if (rows[0]![j]) return rows[0]![j]!
  return ''
}

/** One indicator row with what its columns read beside it. */
export interface IndicatorRow {
  readonly record: IndicatorRecord
  readonly table: Table | undefined
  readonly category: IndicatorCategory | undefined
}

function rowsOf(records: readonly IndicatorRecord[], context: IndicatorContext): IndicatorRow[] {
  const tables = new Map(context.tables.map((t) => [t.number, t]))
  const categories = new Map(context.categories.flatMap((c) => c.printed.map((p) => [p, c] as const)))
  return records.map((record) => ({ record, table: tables.get(record.table), category: record.category === undefined ? undefined : categories.get(record.category) }))
}

/** The columns that say which row a line is about, shared by the wide and the long table. */
export const INDICATOR_ROW_COLUMNS: ReadonlyArray<Column<IndicatorRow>> = [
  { name: 'table', description: 'The table as printed (`表 2-1`): written with its 表, so that a spreadsheet keeps it as text and does not read 2-1 as a date.', value: (r) => r.table?.label ?? `表 ${r.record.table}` },
  { name: 'table_id', description: 'The table\'s node ID (`table_1-1`).', value: (r) => r.table?.id ?? `table_${r.record.table}` },
  { name: 'period', description: 'The plan period the table covers, from its title (十三五, 十四五): see the tables above for what each holds.', value: (r) => r.record.period },
  { name: 'indicator', description: 'The indicator row\'s ID (`table_2-1__ind_16`; a sub-row `table_1-1__ind_3__sub_1`), stable across versions.', value: (r) => r.record.id },
  { name: 'printed_number', description: 'The row number the table prints (`16`); blank for a sub-row, which prints none.', value: (r) => r.record.number },
  { name: 'parent_number', description: 'For a sub-row, the printed number of the grouping row it stands under; else blank.', value: (r) => r.record.parentNumber },
  { name: 'name', description: 'The indicator\'s name as printed, with its unit.', value: (r) => r.record.name },
  { name: 'parent_name', description: 'For a sub-row, the name of its grouping row; else blank.', value: (r) => r.record.parentName },
  { name: 'unit', description: 'The unit printed at the end of the name (亿元, %, ‰, 1/10万 …); blank when the name prints none. It is the unit of the year columns; a 年均增速 column holds a growth rate or, [in brackets], a change over the period.', value: (r) => r.record.unit },
  { name: 'category', description: 'The category of the row\'s group in the vocabulary shared by both tables (see Categories).', value: (r) => r.category?.id },
  { name: 'category_zh', description: 'That category\'s Chinese label.', value: (r) => r.category?.zh },
  { name: 'category_printed', description: 'The group\'s title as the table prints it.', value: (r) => r.record.category },
  { name: 'attribute', description: '约束性 (binding) or 预期性 (anticipatory), from the table\'s 属性 column.', value: (r) => r.record.attribute },
  { name: 'monitored', description: '`false` for an indicator a note of the table says is no longer monitored (不再监测); else `true`.', value: (r) => r.record.monitored }
]

/** The figure a wide sheet may give for a cell: one bare figure (a % sign allowed), nothing that changes how it reads. */
export function bareFigure(v: CellValue | undefined): number | undefined {
  if (v?.kind !== 'number') return undefined
  return v.comparator || v.approximate || v.cumulative || v.qualifier || v.marks?.length ? undefined : v.number
}

/** The two columns of the wide sheet for one value column: the cell as printed, and its bare figure. */
export function wideValueColumns(c: Pick<ValueColumn, 'name'>): Array<Column<IndicatorRow>> {
  return [
    { name: c.name, description: `The cell as printed.`, value: (r) => r.record.values[c.name]?.raw },
    { name: `${c.name} (number)`, description: `Its figure when the cell is one bare figure (a % sign allowed); blank when it is qualified (≤, >, 左右, [累计], a footnote mark, a qualifier, several figures), text or a dash: indicator-values.csv has those, every qualifier kept.`, value: (r) => bareFigure(r.record.values[c.name]) }
  ]
}

/** The wide sheet's columns for a table: the row columns, then each value column as printed and as a bare figure. */
export function wideColumns(table: Table): Array<Column<IndicatorRow>> {
  return [...INDICATOR_ROW_COLUMNS, ...valueColumns(table).flatMap(wideValueColumns)]
}

/** One table's wide sheet; every record must be a row of `table` (a row of another table would have other columns). */
export function indicatorsWideCsv(records: readonly IndicatorRecord[], table: Table, context: IndicatorContext, options?: CsvOptions): string {
  const stray = records.find((r) => r.table !== table.number)
  if (stray) throw new Error(`${stray.id} is not a row of ${table.label}: a wide sheet holds one table`)
  return toCsv(wideColumns(table), rowsOf(records, context), options)
}

/** One line of the long table: a printed cell, or one figure of a cell that prints several. */
export interface ValueLine {
  readonly row: IndicatorRow
  readonly column: ValueColumn
  readonly cell: Exclude<CellValue, { kind: 'empty' }>
  /** For a cell printing several figures: which (1, 2 …) and the figure. */
  readonly part?: { readonly index: number; readonly value: NumberPart }
}

/** The value the line's facets come from: the part for a cell printing several figures, else the cell. */
const valueOf = (l: ValueLine): NumberPart | Exclude<CellValue, { kind: 'empty' | 'multiple' }> => (l.part ? l.part.value : (l.cell as Exclude<CellValue, { kind: 'empty' | 'multiple' }>))
const numeric = (l: ValueLine) => {
  const v = valueOf(l)
  return 'number' in v ? v : undefined
}
const flag = (l: ValueLine, on: boolean | undefined): Cell => (numeric(l) ? on === true : undefined)

/** The long table's columns after the row columns. */
export const VALUE_COLUMNS: ReadonlyArray<Column<ValueLine>> = [
  { name: 'column', description: 'The value column as the table\'s header composes it (`规划目标 2020 年`, `2025 年`, `年均增速 [累计]`); the key of `values` in the JSON.', value: (l) => l.column.name },
  { name: 'column_group', description: 'The header cell spanning the column, as printed (规划目标: the target; 进展情况: what was reached); blank where the header has a single row.', value: (l) => l.column.group || undefined },
  { name: 'year', description: 'The year the column names (`2020 年` -> 2020); blank for a 年均增速 [累计] column.', value: (l) => l.column.year },
  { name: 'kind', description: '`number` (a figure), `text` (a target or result written in words) or `none` (a printed dash: no figure, on purpose). Empty cells have no line.', value: (l) => (l.part ? 'number' : l.cell.kind) },
  { name: 'part', description: 'For a cell that prints several figures (`1.85 (常住) 1.67 (户籍)`), which one this line is: 1, 2 …; blank for a cell with one value.', value: (l) => l.part?.index },
  { name: 'raw', description: 'The whole cell as printed (repeated on each line of a cell with several figures).', value: (l) => l.cell.raw },
  { name: 'part_raw', description: 'For a cell with several figures, this figure as printed (`1.67 (户籍)`); else blank.', value: (l) => l.part?.value.raw },
  { name: 'number', description: 'The figure, as a number with a `.` decimal point and no thousands separator (`≤9` -> 9, `7%左右` -> 7, `[-20%]` -> -20): read it with the columns after it. Blank for text and dashes.', value: (l) => numeric(l)?.number },
  { name: 'comparator', description: '`<`, `>`, `≤` or `≥` when the figure is printed with one (`≤9`: at most 9); else blank.', value: (l) => numeric(l)?.comparator },
  { name: 'approximate', description: '`true` when 左右 (about) follows the figure; `false` for another figure; blank for text and dashes.', value: (l) => flag(l, numeric(l)?.approximate) },
  { name: 'cumulative', description: '`true` when the figure is printed in brackets, `[2.5]`: a cumulative figure over the period (累计), not a yearly rate or level; `false` for another figure.', value: (l) => flag(l, numeric(l)?.cumulative) },
  { name: 'percent', description: '`true` when the figure is printed with a % sign (`7%` -> 7); `false` for another figure.', value: (l) => flag(l, numeric(l)?.percent) },
  { name: 'qualifier', description: 'What the figure counts, when the cell says (`常住`, `户籍`); else blank.', value: (l) => numeric(l)?.qualifier },
  { name: 'marks', description: 'The footnote marks after the figure (`**`, `*`, `[]`), `;`-joined; else blank.', value: (l) => marksOf(l, (m) => m.mark) },
  { name: 'mark_meanings', description: 'What the table\'s note says each mark means, `;`-joined in the order of `marks`.', value: (l) => marksOf(l, (m) => m.meaning ?? '') },
  { name: 'mark_notes', description: 'The node ID of the note that defines each mark (`table_1-1__note_1`), `;`-joined in the order of `marks`.', value: (l) => marksOf(l, (m) => m.note ?? '') },
  { name: 'text', description: 'For a qualitative cell, its text; else blank.', value: (l) => (l.cell.kind === 'text' ? l.cell.text : undefined) }
]

function marksOf(l: ValueLine, f: (m: NonNullable<NumberPart['marks']>[number]) => string): Cell {
  const marks = numeric(l)?.marks
  return marks?.length ? joinList(marks.map(f)) : undefined
}

/** The long table's columns: the row columns, then the value columns. */
export const INDICATOR_VALUE_COLUMNS: ReadonlyArray<Column<ValueLine>> = [
  ...INDICATOR_ROW_COLUMNS.map((c): Column<ValueLine> => ({ ...c, value: (l) => c.value(l.row) })),
  ...VALUE_COLUMNS
]

/** The long table's lines: for each row, each non-empty cell in the header's order; a cell with several figures, a line each. */
export function valueLines(records: readonly IndicatorRecord[], context: IndicatorContext): ValueLine[] {
  const columns = new Map<string, ValueColumn[]>()
  const lines: ValueLine[] = []
  for (const row of rowsOf(records, context)) {
    const table = row.table
    const cols = table ? (columns.get(table.id) ?? columns.set(table.id, valueColumns(table)).get(table.id)!) : Object.keys(row.record.values).map((name) => ({ name, group: '', year: undefined }))
    for (const column of cols) {
      const cell = row.record.values[column.name]
      if (!cell || cell.kind === 'empty') continue
      if (cell.kind === 'multiple') cell.parts.forEach((value, k) => lines.push({ row, column, cell, part: { index: k + 1, value } }))
      else lines.push({ row, column, cell })
    }
  }
  return lines
}

/** The long table (indicator-values.csv). */
export function indicatorValuesCsv(records: readonly IndicatorRecord[], context: IndicatorContext, options?: CsvOptions): string {
  return toCsv(INDICATOR_VALUE_COLUMNS, valueLines(records, context), options)
}
