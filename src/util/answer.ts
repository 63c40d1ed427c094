/**
 * The runtime's data handed out as the package's answers: frozen as they
 * are handed out (`deepFreeze`, `frozenItems`), and seen through the shipped
 * types (src/schema/shipped.ts: deep-readonly, narrowed to the plan's data)
 * rather than the parser's, which the queries work with. The same objects:
 * nothing is copied and nothing is checked here. The build has checked the
 * data against the schemas, and that it holds what the shipped types promise
 * (scripts/build/types.ts).
 */
import { deepFreeze, frozenItems } from './freeze.js'

/** A value handed out, deep-frozen, as `T`. */
export function answer<T>(value: unknown): T {
  return deepFreeze(value) as T
}

/** A list handed out, each item and the list deep-frozen, as a list of `T`. */
export function answerList<T>(list: readonly unknown[]): readonly T[] {
  return frozenItems(list) as readonly T[]
}
