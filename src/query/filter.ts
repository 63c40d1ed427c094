/** Validation of filter objects shared by the queries: known keys, string values, values from a closed set. */
import { PlanError, describe } from '../errors.js'

export function checkFilter(filter: unknown, keys: readonly string[]): Record<string, unknown> {
  if (filter === undefined) return {}
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter))
    throw new PlanError('invalid-argument', 'filter', `filter must be an object, got ${describe(filter)}`, keys)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(filter)) {
    if (!keys.includes(key)) throw new PlanError('invalid-argument', 'filter', `unknown filter ${JSON.stringify(key)}`, keys)
    const value = (filter as Record<string, unknown>)[key]
    if (value !== undefined) out[key] = value
  }
  return out
}

export function checkString(value: unknown, argument: string): string {
  if (typeof value !== 'string') throw new PlanError('invalid-argument', argument, `${argument} must be a string, got ${describe(value)}`)
  return value
}

export function checkOneOf(value: unknown, argument: string, allowed: readonly string[]): string {
  const s = checkString(value, argument)
  if (!allowed.includes(s)) throw new PlanError('unknown-value', argument, `${argument} ${describe(s)} is not one of the values the data has`, allowed)
  return s
}
