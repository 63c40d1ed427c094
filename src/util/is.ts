/**
 * Type guards for the plan's nodes, after unist-util-is: `is(node, 'box')`
 * and the named ones (`isBox(node)` …) tell whether a node is of a type and
 * narrow it to that type's interface, for the shipped tree and a parsed one
 * alike (`N` is whatever node union the caller holds). A node that is
 * `undefined` or `null` (`getNode` of an unknown ID) is of no type.
 */
import { PlanError, describe } from '../errors.js'
import type { PlanNodeType } from '../schema/plan.js'

/** Every node type of the plan tree. */
export const NODE_TYPES = [
  'plan',
  'header',
  'notice',
  'toc',
  'tocEntry',
  'preamble',
  'chapter',
  'section',
  'heading',
  'paragraph',
  'measure',
  'box',
  'boxItem',
  'table',
  'tableHeader',
  'tableGroup',
  'indicatorGroup',
  'indicator',
  'tableNote',
  'closing'
] as const satisfies readonly PlanNodeType[]

type Holds<T extends true> = T
/** A compile-time check, nothing at run time: NODE_TYPES lists every node type of the schema. */
export type NodeTypesListed = Holds<[Exclude<PlanNodeType, (typeof NODE_TYPES)[number]>] extends [never] ? true : false>

/** Anything with a `type`: a node of the plan tree (shipped or parsed). */
export interface Typed {
  readonly type: string
}

/** Of the nodes `N`, those of type `T`. */
export type OfType<N, T extends string> = Extract<N, { readonly type: T }>

/** Whether `node` is an object whose `type` is `type`; an object that cannot be read (a revoked Proxy) is a `PlanError`. */
function hasType(node: unknown, type: string): boolean {
  if (typeof node !== 'object' || node === null) return false
  let actual: unknown
  try {
    actual = (node as { type?: unknown }).type
  } catch {
    throw new PlanError('invalid-argument', 'node', `node must be a readable object, got ${describe(node)}`)
  }
  return actual === type
}

/**
 * Whether `node` is a node of type `type` (`is(node, 'indicator')`), narrowing
 * it to that type. Throws a `PlanError` listing the node types when `type` is
 * not one.
 */
export function is<N extends Typed, T extends N['type']>(node: N | null | undefined, type: T): node is OfType<N, T> {
  if (typeof type !== 'string' || !(NODE_TYPES as readonly string[]).includes(type))
    throw new PlanError('unknown-value', 'type', `type ${describe(type)} is not a node type of the plan tree`, NODE_TYPES)
  return hasType(node, type)
}

/** Whether `node` is a chapter (章). */
export function isChapter<N extends Typed>(node: N | null | undefined): node is OfType<N, 'chapter'> {
  return hasType(node, 'chapter')
}

/** Whether `node` is a section (节). */
export function isSection<N extends Typed>(node: N | null | undefined): node is OfType<N, 'section'> {
  return hasType(node, 'section')
}

/** Whether `node` is a heading. */
export function isHeading<N extends Typed>(node: N | null | undefined): node is OfType<N, 'heading'> {
  return hasType(node, 'heading')
}

/** Whether `node` is a paragraph of running text. */
export function isParagraph<N extends Typed>(node: N | null | undefined): node is OfType<N, 'paragraph'> {
  return hasType(node, 'paragraph')
}

/** Whether `node` is a measure (a paragraph with a bold lead sentence). */
export function isMeasure<N extends Typed>(node: N | null | undefined): node is OfType<N, 'measure'> {
  return hasType(node, 'measure')
}

/** Whether `node` is a box (专栏). */
export function isBox<N extends Typed>(node: N | null | undefined): node is OfType<N, 'box'> {
  return hasType(node, 'box')
}

/** Whether `node` is an item of a box. */
export function isBoxItem<N extends Typed>(node: N | null | undefined): node is OfType<N, 'boxItem'> {
  return hasType(node, 'boxItem')
}

/** Whether `node` is a table (表). */
export function isTable<N extends Typed>(node: N | null | undefined): node is OfType<N, 'table'> {
  return hasType(node, 'table')
}

/** Whether `node` is a grouping row of a table (`一、经济发展（5 项）`). */
export function isTableGroup<N extends Typed>(node: N | null | undefined): node is OfType<N, 'tableGroup'> {
  return hasType(node, 'tableGroup')
}

/** Whether `node` is a numbered row without values, the parent of sub-rows (`3. 城镇化率`). */
export function isIndicatorGroup<N extends Typed>(node: N | null | undefined): node is OfType<N, 'indicatorGroup'> {
  return hasType(node, 'indicatorGroup')
}

/** Whether `node` is an indicator row (a row that carries values). */
export function isIndicator<N extends Typed>(node: N | null | undefined): node is OfType<N, 'indicator'> {
  return hasType(node, 'indicator')
}
