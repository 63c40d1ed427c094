/**
 * The machine-readable forms the commands print besides a table: JSON
 * (indented by two, one final newline) and CSV (the library's writers, with
 * a byte-order mark unless --no-bom), never both at once.
 */
import type { CsvOptions } from '../export/csv.js'
import { UsageError } from './args.js'
import type { Values } from './command.js'

/** The exclusive group of a command that prints JSON or CSV. */
export const FORMATS = [['json', 'csv']] as const

/** `value` as the CLI prints JSON. */
export const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'

/** CSV options from the command line: a byte-order mark unless --no-bom; --no-bom without --csv is a `UsageError`. */
export function csvOptions(v: Values): CsvOptions {
  if (v['no-bom'] && !v.csv) throw new UsageError('--no-bom', '--no-bom drops the byte-order mark of CSV output: give it with --csv')
  return { bom: !v['no-bom'] }
}
