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
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`
}
