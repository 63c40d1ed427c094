/**
 * What a command of `huozhou-plan` is: a summary and usage line (for --help),
 * its own table of options (a Map, so `--toString` is an unknown option and
 * never a prototype's), how many positionals it takes, the CLI names of the
 * library arguments it passes on (for messages), and `run`. run.ts dispatches
 * to one; commands/ holds one per file.
 */
import type { OptionSpec, PositionalSpec, Spec } from './args.js'

/** Where a command writes, and the data `export` reads. */
export interface Io {
  out: (s: string) => void
  err: (s: string) => void
  /** The folder of the shipped data files `export` reads (default: the package's dist/data). */
  data?: string
}

/** The options given: name -> `true` (a flag) or its value; no prototype. */
export type Values = Readonly<Record<string, string | true | undefined>>

export interface Command extends Spec, PositionalSpec {
  /** One line for the command list of --help. */
  readonly summary: string
  /** The usage line of `huozhou-plan <command> --help`. */
  readonly usage: string
  readonly options: ReadonlyMap<string, OptionSpec>
  /** CLI names of the library's arguments, for messages: `filter.tiedTo` -> `--tied-to`. */
  readonly argumentNames?: ReadonlyMap<string, string>
  /** Values an option takes beyond the ones the library lists (Chinese labels …): "did you mean" looks among them too. */
  readonly alsoAllowed?: ReadonlyMap<string, () => Iterable<string>>
  /** Answer: write to `io.out` and resolve to the exit code; a bad value throws (`UsageError`, `PlanError`, `FileError`). */
  run: (values: Values, positionals: readonly string[], io: Io) => number | Promise<number>
}
