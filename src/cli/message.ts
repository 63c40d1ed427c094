/**
 * A library error (`PlanError`) in the command line's words: the library
 * names its argument (`filter.tiedTo`, `id`), the CLI the option or
 * positional the user typed (`--tied-to`, `<id>`); for a value of a closed
 * set, the closest allowed value, or Chinese label the option also takes,
 * comes as "did you mean".
 */
import type { PlanError } from '../errors.js'
import type { Command, Values } from './command.js'
import { closest } from './suggest.js'

/** `error`'s message as `cmd`, given `values`, reports it (one line is what run.ts prints). */
export function messageOf(error: PlanError, cmd: Command, values: Values): string {
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
