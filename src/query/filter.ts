/**
 * What the filtered queries share: checking a filter object (known keys,
 * string values, values the data has) and intersecting prebuilt lists. The
 * checks allocate nothing on the good path; the lists of allowed values are
 * made only for the error message.
 */
import { PlanError, describe } from '../errors.js'

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({})

/**
 * The own keys of an options object. Anything that is not a plain readable
 * object (an array, a revoked Proxy) is the caller's mistake and says so.
 */
export function optionKeys(value: unknown, argument: string, allowed: readonly string[]): string[] {
  if (value === null || typeof value !== 'object') throw new PlanError('invalid-argument', argument, `${argument} must be an object, got ${describe(value)}`, allowed)
  try {
    if (Array.isArray(value)) throw new TypeError('an array')
    return Object.keys(value)
  } catch (error) {
    if (error instanceof PlanError) throw error
    throw new PlanError('invalid-argument', argument, `${argument} must be a readable object, got ${describe(value)}`, allowed)
  }
}

/** The filter itself (not a copy), once every key is known. `undefined` is no filter. */
export function checkFilter(filter: unknown, keys: readonly string[]): Readonly<Record<string, unknown>> {
  if (filter === undefined) return EMPTY
  for (const key of optionKeys(filter, 'filter', keys))
    if (!keys.includes(key)) throw new PlanError('invalid-argument', 'filter', `unknown filter ${JSON.stringify(key)}`, keys)
  return filter as Record<string, unknown>
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
