/**
 * The one ID function, shared by the build and the runtime.
 *
 * IDs follow Akoma Ntoso's eId convention: the parent's ID, `__`, a short
 * alias for the kind of node, `_`, and the node's printed number, cleaned to
 * ASCII that is safe in a URL fragment (`chp_4__sec_3`, `box_4-3__item_2`).
 * Document-wide numbers stand alone (`box_4-3`, `table_2-1`). Where the
 * document prints no number, the number is the node's ordinal among its
 * siblings of the same alias (`chp_4__sec_3__measure_2`).
 */
import { PlanError, describe } from '../errors.js'

/** The shape of every node ID: `alias[_number]` segments joined by `__`. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(_[A-Za-z0-9-]+)?(__[a-z][a-z0-9]*(_[A-Za-z0-9-]+)?)*$/

export type IdPart = string | number

export function cleanNumber(number: IdPart): string {
  if (typeof number !== 'string' && !(typeof number === 'number' && Number.isFinite(number)))
    throw new PlanError('invalid-argument', 'number', `number must be a string or a finite number, got ${describe(number)}`)
  const text = String(number)
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (text === '') throw new PlanError('invalid-argument', 'number', `number ${describe(number)} has no ASCII letters or digits`)
  return text
}

/** `makeId('chp_4', 'sec', 3)` -> `chp_4__sec_3`; `makeId(undefined, 'box', '4-3')` -> `box_4-3`; `makeId('chp_4', 'heading')` -> `chp_4__heading`. */
export function makeId(parent: string | undefined, alias: string, number?: IdPart): string {
  if (parent !== undefined && typeof parent !== 'string') throw new PlanError('invalid-argument', 'parent', `parent must be an ID string or undefined, got ${describe(parent)}`)
  if (typeof alias !== 'string' || !/^[a-z][a-z0-9]*$/.test(alias)) throw new PlanError('invalid-argument', 'alias', `alias must be lowercase ASCII letters and digits, got ${describe(alias)}`)
  const own = number === undefined ? alias : `${alias}_${cleanNumber(number)}`
  return parent ? `${parent}__${own}` : own
}

/** Whether a string has the shape of an ID (it may still not exist). */
export function isIdShaped(value: string): boolean {
  return ID_PATTERN.test(value)
}
