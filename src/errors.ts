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
  /** For closed sets, the values that are allowed. */
  readonly allowed: readonly string[] | undefined

  constructor(code: PlanErrorCode, argument: string, message: string, allowed?: readonly string[]) {
    super(allowed ? `${message}; allowed: ${allowed.join(', ')}` : message)
    this.code = code
    this.argument = argument
    this.allowed = allowed
  }
}

/** Describe a value for a message without dumping it whole. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '…' : value)
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
