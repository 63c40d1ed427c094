/**
 * Options that become a library filter: `--tied-to <place>` is `{ tiedTo: <place> }`,
 * and a library error about `filter.tiedTo` reads `--tied-to` (message.ts).
 * A command names its options with a Map of CLI option -> filter key, in the
 * order its usage lists them.
 */
import type { Values } from './command.js'

/** The filter the given options make: each option given with a value, under its filter key. */
export function filterOf(v: Values, names: ReadonlyMap<string, string>): Record<string, string> {
  const filter: Record<string, string> = {}
  for (const [option, key] of names) if (typeof v[option] === 'string') filter[key] = v[option] as string
  return filter
}

/** How the library's `filter.x` reads on the command line: `filter.tiedTo` -> `--tied-to` (a command's `argumentNames`). */
export const filterArguments = (names: ReadonlyMap<string, string>) => new Map([...names].map(([option, key]) => [`filter.${key}`, `--${option}`]))
