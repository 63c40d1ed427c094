/**
 * `@huozhou/plan/tree`: the plan's tree and its text: nodes by ID, their
 * ancestors, the boxes and tables, plain text, full-text search. It loads the
 * tree (plan.json, tables.json) and the search folding table, not the
 * projects; the index over the tree is built on the first query. The default
 * entry exports the same functions.
 *
 * Every node is deep-frozen as it is handed out (once: `deepFreeze`
 * remembers), so that nothing a caller does to an answer can change a later
 * one, and a first query pays for the nodes it returns, not for the tree.
 * The types say so: every node is deep-readonly (src/schema/shipped.ts).
 */
import { planStore } from './data/plan.js'
import type { BoxNumber } from './generated/types.js'
import * as q from './query/nodes.js'
import { search as searchStore } from './query/search.js'
import type { Box, NodeById, NodeId, Plan, PlanNode, SearchHit, SearchOptions } from './schema/shipped.js'
import { answer, answerList } from './util/answer.js'

/**
 * The node with this ID, or `undefined`. A retired ID (see `resolveId`) is
 * followed to the node it moved to, or to the first part of a split. Throws
 * `PlanError` when `id` is not a string.
 *
 * An ID of the plan (`NodeId`) gives its node's own type, never `undefined`:
 * `getNode('box_4-3')` is a `Box`, `getNode('table_2-1__ind_16')` an
 * `IndicatorOf<'2-1'>`.
 */
export function getNode<const I extends NodeId>(id: I): NodeById<I>
export function getNode(id: string): PlanNode | undefined
export function getNode(id: string): PlanNode | undefined {
  return answer(q.getNode(planStore(), id))
}

/**
 * The box (专栏) with this number (`4-3`) or ID (`box_4-3`). A number the plan
 * has not is a type error, and at run time a `PlanError` that lists the
 * boxes.
 */
export function getBox(number: BoxNumber | `box_${BoxNumber}`): Box {
  return answer(q.box(planStore(), number))
}

/** The ancestors of a node, root first. Throws `PlanError` for an unknown ID. */
export function ancestors(id: string): PlanNode[] {
  // A fresh array of frozen nodes: the array is the caller's.
  const list = q.ancestors(planStore(), id)
  for (const node of list) answer(node)
  return list as PlanNode[]
}

/** The 18 boxes (专栏), in document order. */
export function boxes(): readonly Box[] {
  return answerList(q.boxes(planStore()))
}

/** Plain text of a node, or of the whole document without an ID. */
export function text(id?: string): string {
  return q.text(planStore(), id)
}

/**
 * Literal full-text search (never a regular expression) over the document's
 * text, normalised on both sides: NFKC (全角/半角), punctuation variants,
 * whitespace, and traditional characters to simplified (OpenCC), so that
 * `search('發展')` finds 发展. Hits carry the node ID, a snippet and the
 * offsets into the node's `value`, in document order; `limit` and `types`
 * narrow them.
 */
export function search(query: string, options?: SearchOptions): SearchHit[] {
  return searchStore(planStore(), query, options)
}

/** The whole plan tree (a unist tree; frozen). */
export function tree(): Plan {
  return answer(planStore().tree)
}

export { tables, getTable } from './indicators.js'
export { is, isBox, isBoxItem, isChapter, isHeading, isIndicator, isIndicatorGroup, isMeasure, isParagraph, isSection, isTable, isTableGroup } from './util/is.js'
export type { OfType, Typed } from './util/is.js'
export { PlanError } from './errors.js'
export type { PlanErrorCode } from './errors.js'
export type {
  AnyIndicator,
  AnyTable,
  Box,
  BoxItem,
  CellValue,
  Chapter,
  Closing,
  EmptyValue,
  Header,
  Heading,
  Indicator,
  IndicatorGroup,
  IndicatorOf,
  IndicatorsOf,
  Mark,
  Measure,
  MultipleValue,
  NodeBase,
  NodeById,
  NodeId,
  NodeOfType,
  NoneValue,
  Notice,
  NumberPart,
  NumberValue,
  Paragraph,
  Plan,
  PlanNode,
  PlanNodeType,
  Point,
  Position,
  Preamble,
  RowFacets,
  SearchHit,
  SearchOptions,
  Section,
  Table,
  TableGroup,
  TableHeader,
  TableNote,
  TableOf,
  TablesOf,
  TextValue,
  Toc,
  TocEntry
} from './schema/shipped.js'
export type { BoxNumber, ChapterId, TableNumber, Attribute, Period, CategoryTitle } from './generated/types.js'
