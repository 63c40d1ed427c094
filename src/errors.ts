/**
 * The one error type the API throws. It names the argument at fault and, for
 * closed sets, the allowed values, so that a caller can fix the call without
 * reading the source.
 */
export type PlanErrorCode = 'invalid-argument' | 'unknown-id' | 'unknown-value'

export class PlanError extends Error {
  override readonly name = 'PlanError'
  readonly code: PlanErrorCode
  /** The argument at fault: `id`, `filter.attribute` … */
  readonly argument: string
  /**
   * For closed sets, the values that are allowed: a frozen copy, never the
   * list the library checks against, so that changing it changes nothing
   * for a later call.
   */
  readonly allowed: readonly string[] | undefined

  constructor(code: PlanErrorCode, argument: string, message: string, allowed?: readonly string[]) {
    const copy = allowed === undefined ? undefined : Object.freeze(Array.from(allowed, String))
    super(copy ? `${message}; allowed: ${copy.join(', ')}` : message)
    this.code = code
    this.argument = argument
    this.allowed = copy
  }
}

/** The longest piece of a caller's string a message quotes. */
const QUOTED = 60

/**
 * A caller's string quoted for a message, cut when long (`"abc…" (128000
 * characters)`), so that an error never echoes a huge argument whole. The cut
 * does not split a surrogate pair.
 */
export function quote(value: string): string {
  if (value.length <= QUOTED) return JSON.stringify(value)
  let end = QUOTED - 3
  const last = value.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return `${JSON.stringify(value.slice(0, end) + '…')} (${value.length} characters)`
}

/** Describe a value for a message without dumping it whole. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return quote(value)
  if (value === null) return 'null'
  // Only typeof for objects and functions: Array.isArray throws on a revoked Proxy, String() runs the caller's toString.
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'object') return isArray(value) ? 'an array' : 'an object'
  return `${typeof value} ${String(value)}`
}

/** Array.isArray that answers false for a revoked Proxy instead of throwing. */
export function isArray(value: object): boolean {
  try {
    return Array.isArray(value)
  } catch {
    return false
  }
}
