/**
 * What the filtered queries share: reading a filter object (own keys only,
 * known keys, string values, values the data has) and intersecting prebuilt
 * lists. The lists of allowed values are made only for the error message.
 */
import { PlanError, describe, quote } from '../errors.js'

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze(Object.create(null) as Record<string, unknown>)

/**
 * A caller's options or filter object, read once: its own enumerable
 * string-keyed properties (what `{ ...value }` copies), each checked against
 * `keys`, their values copied into a fresh record with no prototype.
 *
 * Inherited properties are ignored, known and unknown names alike: a filter
 * is what the caller wrote, not what anyone in the process put on
 * `Object.prototype` (`Object.prototype.attribute = '约束性'` filters
 * nothing). Reading each value once also means a getter cannot answer one
 * thing to the check and another to the query.
 *
 * @param value the caller's object (an array, a primitive or a revoked Proxy is a `PlanError`)
 * @param argument its name in messages (`filter`, `options`, `options.include`)
 * @param keys the names it may have
 * @param unknown the error for a name it may not have
 */
export function ownOptions(value: unknown, argument: string, keys: readonly string[], unknown: (key: string) => PlanError): Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object') throw new PlanError('invalid-argument', argument, `${argument} must be an object, got ${describe(value)}`, keys)
  let names: string[]
  try {
    if (Array.isArray(value)) throw new TypeError('an array')
    names = Object.keys(value)
  } catch {
    throw new PlanError('invalid-argument', argument, `${argument} must be a readable object, got ${describe(value)}`, keys)
  }
  const out = Object.create(null) as Record<string, unknown>
  for (const key of names) {
    if (!keys.includes(key)) throw unknown(key)
    out[key] = (value as Record<string, unknown>)[key]
  }
  return out
}

/** A filter's own properties (see `ownOptions`), once every key is known. `undefined` is no filter. */
export function checkFilter(filter: unknown, keys: readonly string[]): Readonly<Record<string, unknown>> {
  if (filter === undefined) return EMPTY
  return ownOptions(filter, 'filter', keys, (key) => new PlanError('invalid-argument', 'filter', `unknown filter ${quote(key)}`, keys))
}

export function checkString(value: unknown, argument: string): string {
  if (typeof value !== 'string') throw new PlanError('invalid-argument', argument, `${argument} must be a string, got ${describe(value)}`)
  return value
}

/** The prebuilt list for a facet value; a value the data does not have throws, listing the ones it has. */
export function lookup<T>(map: ReadonlyMap<string, readonly T[]>, value: unknown, argument: string, allowed: () => readonly string[] = () => [...map.keys()]): readonly T[] {
  const key = checkString(value, argument)
  const list = map.get(key)
  if (!list) throw new PlanError('unknown-value', argument, `${argument} ${describe(key)} is not one of the values the data has`, allowed())
  return list
}

/**
 * Items in every list, in document order (each list is in document order).
 * One list is returned as it is: the prebuilt lists are frozen, so the
 * common one-filter query costs a map look-up.
 */
export function intersect<T>(lists: ReadonlyArray<readonly T[]>, all: readonly T[]): readonly T[] {
  if (lists.length === 0) return all
  if (lists.length === 1) return lists[0]!
  let smallest = lists[0]!
  for (const l of lists) if (l.length < smallest.length) smallest = l
  const others = lists.filter((l) => l !== smallest).map((l) => new Set(l))
  return Object.freeze(smallest.filter((x) => others.every((s) => s.has(x))))
}

/** Add an item to a facet map's list. */
export function add<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key)
  if (!list) map.set(key, [item])
  else if (list[list.length - 1] !== item) list.push(item)
}

/** Freeze every list of a facet map: they are handed out as answers. */
export function freezeLists<T>(map: Map<string, T[]>): Map<string, readonly T[]> {
  for (const list of map.values()) Object.freeze(list)
  return map
}
