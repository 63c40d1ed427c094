/**
 * A command's arguments, read strictly. node:util `parseArgs` splits them
 * into tokens (its lenient mode, so that nothing it would echo whole reaches
 * a message); every rule is checked here, against the command's own table of
 * options (a Map: `--toString` or `--constructor` is an unknown option, not
 * something found on a prototype):
 *
 * - an option the command does not have is an error, with "did you mean";
 *   a one-letter form is known only where the table gives one (`-o`);
 * - a flag (`--json`) takes no value, an option with a value needs one;
 * - no option is given twice, and at most one of each exclusive group
 *   (`--json`, `--csv`, `--html`, `--markdown`);
 * - a number is written as digits only (`--limit 5`): `0x10`, `1e3`, `-1`,
 *   `1.5`, ` 3` are errors that show the allowed form;
 * - a command gets as many positionals as it takes (`checkPositionals`);
 * - what the user typed is quoted cut (errors.ts `quote`), never whole.
 *
 * Every error is a `UsageError` that names the argument at fault.
 */
import { parseArgs } from 'node:util'
import { quote } from '../errors.js'
import { closest } from './suggest.js'

/** A bad command line: `argument` is what the user wrote wrong (`--limit`, `<id>`, the command). */
export class UsageError extends Error {
  readonly argument: string
  constructor(argument: string, message: string) {
    super(message)
    this.argument = argument
  }
}

export type OptionSpec =
  /** A flag: present or not. */
  | { readonly type: 'boolean' }
  /** An option with a value; `integer`: a positive whole number written in digits; `short`: its one-letter form (`-o`). */
  | { readonly type: 'string'; readonly integer?: boolean; readonly hint?: string; readonly short?: string }

export interface Spec {
  readonly options: ReadonlyMap<string, OptionSpec>
  /** Groups of options of which at most one may be given. */
  readonly exclusive?: ReadonlyArray<readonly string[]>
}

/** The positional arguments a command takes. */
export interface PositionalSpec {
  /** How many positional arguments it takes: [min, max]. */
  readonly positionals: readonly [number, number]
  /** What the positionals are called in messages (`<id>`, `<text>`, `<file>`). */
  readonly positional?: string
}

export interface Parsed {
  /** Option name -> `true` (a flag) or its value; no prototype. */
  readonly values: Readonly<Record<string, string | true | undefined>>
  readonly positionals: readonly string[]
  readonly help: boolean
}

/** The largest `--limit` or other count: beyond it, a number is not a count any more. */
const MAX_INTEGER = Number.MAX_SAFE_INTEGER

/** A positive whole number written in decimal digits, and nothing else; `UsageError` naming `flag` otherwise. */
export function positiveInteger(value: string, flag: string): number {
  const n = /^[1-9][0-9]*$/.test(value) ? Number(value) : NaN
  if (!(n <= MAX_INTEGER)) throw new UsageError(flag, `${flag} must be a positive whole number written in digits (1, 5, 20 …), got ${quote(value)}`)
  return n
}

const flagName = (name: string) => `--${name}`

/** Read `args` against `spec`; `--help`/`-h` is every command's. */
export function readArgs(args: readonly string[], spec: Spec): Parsed {
  const config = Object.create(null) as Record<string, { type: 'string' | 'boolean'; short?: string }>
  for (const [name, o] of spec.options) config[name] = o.type === 'string' && o.short ? { type: o.type, short: o.short } : { type: o.type }
  config.help = { type: 'boolean', short: 'h' }
  const { tokens } = parseArgs({ args: [...args], options: config, allowPositionals: true, strict: false, tokens: true })
  const values = Object.create(null) as Record<string, string | true | undefined>
  const positionals: string[] = []
  let help = false
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value)
    if (token.kind !== 'option') continue
    if (token.name === 'help' && (token.rawName === '--help' || token.rawName === '-h')) {
      help = true
      continue
    }
    const option = spec.options.get(token.name)
    const short = option?.type === 'string' && option.short !== undefined && token.rawName === `-${option.short}`
    if (!option || !(token.rawName.startsWith('--') || short)) {
      const known = [...spec.options.keys()].map(flagName)
      const near = token.rawName.startsWith('--') ? closest(token.rawName, known) : undefined
      throw new UsageError(token.rawName, `unknown option ${quote(token.rawName)}${near ? `; did you mean ${near}?` : ''}${known.length ? `; allowed: ${known.join(', ')}, --help` : '; this command takes only --help'}`)
    }
    const flag = flagName(token.name)
    if (token.name in values) throw new UsageError(flag, `${flag} is given twice; give it once`)
    if (option.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(flag, `${flag} takes no value, got ${quote(token.value)}`)
      values[token.name] = true
    } else {
      if (token.value === undefined) throw new UsageError(flag, `${flag} needs a value${option.hint ? `: ${option.hint}` : ''}`)
      if (option.integer) positiveInteger(token.value, flag)
      values[token.name] = token.value
    }
  }
  for (const group of spec.exclusive ?? []) {
    const given = group.filter((name) => name in values)
    if (given.length > 1) throw new UsageError(flagName(given[1]!), `${given.map(flagName).join(' and ')} cannot be given together: choose one of ${group.map(flagName).join(', ')}`)
  }
  return { values, positionals, help }
}

/** Nothing when `spec` takes that many positionals; a `UsageError` naming them otherwise (too few or too many). */
export function checkPositionals(spec: PositionalSpec, positionals: readonly string[]): void {
  const [min, max] = spec.positionals
  const name = spec.positional ?? 'argument'
  if (positionals.length < min) throw new UsageError(name, `missing ${name}${name === '<id>' ? '; `huozhou-plan outline` lists IDs' : ''}`)
  if (positionals.length > max)
    throw new UsageError(max === 0 ? quote(positionals[0]!) : name, max === 0 ? `takes no arguments, got ${quote(positionals[0]!)}` : `takes one ${name}, got ${positionals.length} arguments: ${positionals.slice(0, 3).map(quote).join(', ')}${positionals.length > 3 ? ' …' : ''}`)
}
