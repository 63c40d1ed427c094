/**
 * Freeze a value and everything it holds, so that nothing a caller does to
 * an answer can change a later answer (for this caller or any other in the
 * process). An object that is already frozen is still entered: a
 * shallow-frozen node cannot keep a writable subtree. Iterative, and each
 * object is entered once, so shared and cyclic values are fine.
 *
 * A value this function has finished freezing stays deep-frozen (a frozen
 * object's properties never change), so it is remembered, and freezing it
 * again, or anything that holds it, does not enter it again: answers can be
 * frozen as they are handed out (`frozenItems`), each at most once. The
 * record is of this function's own finished work, never of `Object.isFrozen`.
 */
const deep = new WeakSet<object>()

const isObject = (v: unknown): v is object => v !== null && (typeof v === 'object' || typeof v === 'function')

export function deepFreeze<T>(value: T): T {
  if (!isObject(value) || deep.has(value)) return value
  const entered = new WeakSet<object>()
  const stack: object[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()!
    if (deep.has(v) || entered.has(v)) continue
    entered.add(v)
    Object.freeze(v)
    const keys = Reflect.ownKeys(v)
    for (let k = 0; k < keys.length; k++) {
      const d = Reflect.getOwnPropertyDescriptor(v, keys[k]!)
      // Data properties only: a getter is not run. Primitives need no freezing, so they never go on the stack.
      if (d !== undefined && 'value' in d && isObject(d.value)) stack.push(d.value)
    }
  }
  deep.add(value)
  return value
}

/**
 * A list handed out as an answer: each item deep-frozen as a value of its
 * own (so that a later answer holding it finds it done), then the list.
 */
export function frozenItems<T>(list: readonly T[]): readonly T[] {
  if (deep.has(list)) return list
  for (const item of list) deepFreeze(item)
  return deepFreeze(list)
}
