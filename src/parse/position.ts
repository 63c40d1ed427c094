/** Positions: mdast's (offset optional) -> the plan tree's (offset required), spans, and growing a node's end. */
import type { Position } from '../schema/plan.js'

interface PointLike {
  readonly line: number
  readonly column: number
  readonly offset?: number | undefined
}

/** Anything with a unist position: an mdast node, a plan node. */
export interface Positioned {
  readonly position?: { readonly start: PointLike; readonly end: PointLike } | undefined
}

/** The start of the file: the place of what has no position. */
export const ZERO: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }

/** A node's position, with offsets (0 where mdast has none); `ZERO` for a node without one. */
export function pos(node: Positioned | undefined): Position {
  const p = node?.position
  if (!p) return ZERO
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 }
  }
}

/** From the start of `a` to the end of `b`. */
export function span(a: Positioned, b: Positioned): Position {
  return { start: pos(a).start, end: pos(b).end }
}

/** Grow `node` to end where `last` ends, when that is further on. */
export function extend(node: { position: Position } | undefined, last: Positioned): void {
  if (node) extendTo(node, pos(last))
}

export function extendTo(node: { position: Position }, p: Position): void {
  if (p.end.offset > node.position.end.offset) node.position = { start: node.position.start, end: p.end }
}

/** Line and column (1-based) of an offset into `text`, as remark counts them. */
export function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++
      start = i + 1
    }
  }
  return { line, column: offset - start + 1 }
}
