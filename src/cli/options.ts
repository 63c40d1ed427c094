/**
 * The pieces the commands' option tables are made of (args.ts reads them):
 * a flag, an option with a value, and `-o/--output`, which every table ends
 * with, so that every command can write a file instead of printing.
 */
import type { OptionSpec } from './args.js'

/** A flag: present or not (`--json`). */
export const flag: OptionSpec = Object.freeze({ type: 'boolean' })

/** An option with a value; `hint` says what the value is when it is missing. */
export const value = (hint?: string): OptionSpec => Object.freeze({ type: 'string', ...(hint ? { hint } : {}) })

/** `-o <path>` / `--output <path>`: every command writes to a file instead of stdout (as it is: no shell re-encoding it). */
export const OUTPUT: OptionSpec = Object.freeze({ type: 'string', short: 'o', hint: 'the file to write' })

/** A command's option table: `entries` in the order the usage lists them, then `--output`. */
export const options = (entries: Record<string, OptionSpec>): ReadonlyMap<string, OptionSpec> => new Map(Object.entries(entries).concat([['output', OUTPUT]]))

/** The table of a command whose only choice is JSON instead of text. */
export const JSON_ONLY = options({ json: flag })
