/**
 * The CSV every export writes: a table of documented columns (`Column`),
 * written by csv-stringify as RFC 4180 (a field quoted when it holds a comma,
 * a quote or a line break; CRLF between records), UTF-8 with a byte-order
 * mark by default, so that Excel on Windows reads the Han text as UTF-8
 * rather than the system's code page. `bom: false` drops it (the CLI's
 * `--no-bom`) for tools that would keep it as part of the first column name.
 *
 * A cell is text, a number, a boolean (`true` / `false`) or nothing (an
 * empty field: not applicable, or not printed). Each column carries its
 * description, and the data dictionary (scripts/build/dictionary.ts) is
 * written from these, so that what a column means is said once.
 */
import { stringify } from 'csv-stringify/sync'

export type Cell = string | number | boolean | undefined

/** One column of a CSV file: its name, what it holds, and how a row gives it. */
export interface Column<T> {
  readonly name: string
  /** What the column holds, in a sentence: the data dictionary prints it. */
  readonly description: string
  readonly value: (row: T) => Cell
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default `true`: the files are meant for spreadsheets). */
  readonly bom?: boolean
}

/** A byte-order mark: spreadsheets read a CSV file that starts with one as UTF-8. */
export const BOM = '\ufeff'

/** The CSV of `rows`, one record a row, with a header of the columns' names. */
export function toCsv<T>(columns: ReadonlyArray<Column<T>>, rows: Iterable<T>, options: CsvOptions = {}): string {
  const records: Cell[][] = []
  for (const row of rows) records.push(columns.map((c) => c.value(row)))
  return stringify(records, {
    bom: options.bom ?? true,
    header: true,
    columns: columns.map((c) => c.name),
    record_delimiter: 'windows',
    // csv-stringify quotes a field holding the record delimiter (CRLF); a lone LF or CR must be quoted too (RFC 4180).
    quoted_match: /[\r\n]/,
    cast: { boolean: (v) => (v ? 'true' : 'false'), number: (v) => String(v) }
  })
}

/** Lists in one cell are joined with `;` (no value of the plan's lists holds one: test/csv.test.ts checks). */
export const joinList = (values: ReadonlyArray<string | number>): string => values.join(';')
