/**
 * Freeze a value and everything it holds, so that nothing a caller does to
 * an answer can change a later answer (for this caller or any other in the
 * process). An object that is already frozen is still entered: a
 * shallow-frozen node cannot keep a writable subtree. Iterative, and each
 * object is entered once, so shared and cyclic values are fine.
 */
export function deepFreeze<T>(value: T): T {
  const seen = new WeakSet<object>()
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v as object)) continue
    seen.add(v as object)
    Object.freeze(v)
    for (const key of Reflect.ownKeys(v as object)) {
      const d = Object.getOwnPropertyDescriptor(v, key)
      if (d && 'value' in d) stack.push(d.value)
    }
  }
  return value
}
