/**
 * The plan tree as the package hands it out: the nodes of ./plan.ts and the
 * cell values of ./value.ts, deep-readonly (every answer is frozen, so
 * `node.title = 'x'` is a type error as it is a TypeError at run time) and
 * narrowed to the data of the plan the package ships (src/generated/types.ts,
 * written by the build): a row's `table`, `period`, `attribute` and
 * `category` are the literals of its own table, its `values` have exactly its
 * table's columns, a box's `number` is one of the plan's boxes. `attribute`,
 * `period` and `category` are required here: every row of this plan has them
 * (the build checks it, scripts/build/types.ts).
 *
 * Each interface extends its parser counterpart with the fields readonly,
 * and says again only the fields it narrows or whose values are objects (so
 * that these are readonly all the way down); the other fields keep their
 * documentation from ./plan.ts. The compile-time check at the end holds each
 * to its counterpart: nothing added, nothing left out, every type a
 * narrowing.
 */
import type * as P from './plan.js'
import type * as J from './project.js'
import type * as V from './value.js'
import type * as R from './redirects.js'
import type * as S from './search.js'
import type { BoxNumber, ShippedNodeIds, ShippedTables, ShippedVocabulary, TableNumber } from '../generated/types.js'

// ----------------------------------------------------------------- values

/** A footnote mark after a number (`69.57**`) and what the table's note says it means. */
export interface Mark extends Readonly<V.Mark> {}

/** One figure of a cell that prints several (`1.67 (户籍)`). */
export interface NumberPart extends Readonly<Omit<V.NumberPart, 'marks'>> {
  /** The footnote marks after it. */
  readonly marks?: readonly Mark[]
}

/** Nothing printed in the cell. */
export interface EmptyValue extends Readonly<V.EmptyValue> {
  /** No figure: only a `number` cell has one (`multiple` has one per part); reading it gives `undefined`. */
  readonly number?: undefined
}

/** A dash printed in the cell: no figure, on purpose. */
export interface NoneValue extends Readonly<V.NoneValue> {
  /** No figure: only a `number` cell has one (`multiple` has one per part); reading it gives `undefined`. */
  readonly number?: undefined
}

/** A figure: `105`, `≤9`, `7%左右`, `[2.5]`, `69.57**`, `3.76 (户籍人口)`. */
export interface NumberValue extends Readonly<Omit<V.NumberValue, 'marks'>> {
  /** The footnote marks after it, each with what the table's note says it means. */
  readonly marks?: readonly Mark[]
}

/** Qualitative text such as 完成省定考核目标. */
export interface TextValue extends Readonly<V.TextValue> {
  /** No figure: only a `number` cell has one (`multiple` has one per part); reading it gives `undefined`. */
  readonly number?: undefined
}

/** Several figures, each with its qualifier: `1.85 (常住) 1.67 (户籍)`. */
export interface MultipleValue extends Readonly<Omit<V.MultipleValue, 'parts'>> {
  /** No figure: only a `number` cell has one (`multiple` has one per part); reading it gives `undefined`. */
  readonly number?: undefined

  /** Each figure (two or more), with its qualifier. */
  readonly parts: readonly NumberPart[]
}

/**
 * The value of one table cell, by `kind`; `raw` is always the cell as printed.
 * `value.number` reads on any kind: the figure, or `undefined` where the
 * cell prints none (text, a dash, nothing, several figures: see `parts`).
 */
export type CellValue = EmptyValue | NoneValue | NumberValue | TextValue | MultipleValue

// ------------------------------------------------------------------ nodes

/** A place in the Markdown edition: line and column (1-based), offset (0-based, UTF-16 code units). */
export interface Point extends Readonly<P.Point> {}

/** Where a node stands in the Markdown edition. */
export interface Position {
  readonly start: Point
  readonly end: Point
}

/** What every node has: its stable ID and where it stands. */
export interface NodeBase extends Readonly<Omit<P.NodeBase, 'position'>> {
  /** Where the node stands in the Markdown edition (corpus/huozhou-14th/plan.md). */
  readonly position: Position
}

/** A node's own fields (not `id` and `position`), readonly, but for `K`, which the interface says again. */
type Own<N extends P.NodeBase, K extends keyof N = never> = Readonly<Omit<N, keyof P.NodeBase | K>>

/** A heading, caption or title line, as printed. */
export interface Heading extends NodeBase, Own<P.Heading> {}

/** A paragraph of running text. */
export interface Paragraph extends NodeBase, Own<P.Paragraph, 'strong'> {
  /** Spans of `value` printed in bold, as [start, end) offsets: `一是**经济发展水平低**。` */
  readonly strong?: ReadonlyArray<readonly [start: number, end: number]>
}

/** A measure: a paragraph that opens with a lead sentence (its title), as printed in bold. */
export interface Measure extends NodeBase, Own<P.Measure> {}

/** The document's header: the issuing body and the document number. */
export interface Header extends NodeBase, Own<P.Header, 'children'> {
  readonly children: readonly Paragraph[]
}

/** The notice that issues the plan. */
export interface Notice extends NodeBase, Own<P.Notice, 'children'> {
  readonly children: ReadonlyArray<Heading | Paragraph>
}

/** An entry of the 目录. */
export interface TocEntry extends NodeBase, Own<P.TocEntry> {}

/** The 目录 (table of contents) as printed. */
export interface Toc extends NodeBase, Own<P.Toc, 'children'> {
  readonly children: ReadonlyArray<Heading | TocEntry>
}

/** The preamble before the first chapter. */
export interface Preamble extends NodeBase, Own<P.Preamble, 'children'> {
  readonly children: ReadonlyArray<Heading | Paragraph>
}

/** A box item: its lead (title) and text; items may nest (专栏 8-2). */
export interface BoxItem extends NodeBase, Own<P.BoxItem, 'box' | 'children'> {
  /** The number of the box it stands in (`4-3`). */
  readonly box: BoxNumber
  readonly children: ReadonlyArray<Paragraph | BoxItem>
}

/** A box (专栏): a boxed list of projects or directions. */
export interface Box extends NodeBase, Own<P.Box, 'number' | 'children'> {
  /** As printed: `4-3`. */
  readonly number: BoxNumber
  readonly children: ReadonlyArray<Heading | BoxItem>
}

/** A table's header: its column names and the header rows as printed. */
export interface TableHeader extends NodeBase, Own<P.TableHeader, 'columns' | 'rows'> {
  /** Column names composed from the header rows (`规划目标 年均增速 [累计]`). */
  readonly columns: readonly string[]
  /** The header rows as printed (the spanning row and the row under it). */
  readonly rows: ReadonlyArray<readonly string[]>
}

/** A grouping row such as `一、经济发展（5 项）` of table `T`. */
export interface TableGroup<T extends TableNumber = TableNumber> extends NodeBase, Own<P.TableGroup, 'table' | 'title'> {
  /** The printed number of the table it stands in (`1-1`). */
  readonly table: T
  /** The group's title as printed (经济发展): the `category` of the rows under it. */
  readonly title: ShippedTables[T]['category']
}

/** What the rows of table `T` share, with or without values. */
export interface RowFacets<T extends TableNumber = TableNumber> extends NodeBase, Own<P.RowFacets, 'table' | 'category' | 'cells'> {
  /** The printed number of the table it stands in (`2-1`). */
  readonly table: T
  /** The title of the grouping row it stands under, as printed (经济发展 …). */
  readonly category: ShippedTables[T]['category']
  /** The raw cells of the row, one per column of the table header. */
  readonly cells: readonly string[]
}

/** A numbered row of table `T` with no values of its own: the parent of the sub-rows under it (`3. 城镇化率`). */
export interface IndicatorGroup<T extends TableNumber = TableNumber> extends RowFacets<T>, Own<P.IndicatorGroup, keyof P.RowFacets> {}

/**
 * A row of table `T` that carries values (`IndicatorOf<'2-1'>`: a row of
 * 表 2-1), its `values` keyed by exactly that table's column names
 * (`'2025 年'`, never `'2025年'`).
 */
export interface IndicatorOf<T extends TableNumber> extends RowFacets<T>, Own<P.Indicator, keyof P.RowFacets | 'attribute' | 'period' | 'values'> {
  /** From the table's 属性 column: 约束性 (binding) or 预期性 (anticipatory). */
  readonly attribute: ShippedTables[T]['attribute']
  /** The plan period the table covers, from its title: 十三五, 十四五. */
  readonly period: ShippedTables[T]['period']
  /** One typed value per value column of its table, keyed by the column's name as the header prints it (`2025 年`). */
  readonly values: { readonly [C in ShippedTables[T]['column']]: CellValue }
}

/**
 * A row of any of the tables, as a function that takes any row declares it:
 * its `values` by any column name, each maybe `undefined`. Every
 * `IndicatorOf<T>` is one.
 */
export interface AnyIndicator extends RowFacets, Own<P.Indicator, keyof P.RowFacets | 'attribute' | 'period' | 'values'> {
  /** From the table's 属性 column: 约束性 (binding) or 预期性 (anticipatory). */
  readonly attribute: ShippedTables[TableNumber]['attribute']
  /** The plan period the table covers, from its title: 十三五, 十四五. */
  readonly period: ShippedTables[TableNumber]['period']
  /** One typed value per value column of its table, keyed by the column's name as the header prints it (`2025 年`). */
  readonly values: { readonly [column: string]: CellValue | undefined }
}

/**
 * An indicator row: `Indicator<'2-1'>` is a row of 表 2-1 (`IndicatorOf<'2-1'>`,
 * exactly its columns); `Indicator<TableNumber>`, what `indicators()` returns,
 * is a row of either table, a union that `table` tells apart;
 * `Indicator` alone is any row (`AnyIndicator`, values by any column name).
 */
export type Indicator<T extends TableNumber = never> = [T] extends [never] ? AnyIndicator : IndicatorsOf<T>

/** Rows of the tables `T`: each table's own row type, as a union that `table` tells apart (no table, no row: `never`). */
export type IndicatorsOf<T extends TableNumber> = T extends TableNumber ? IndicatorOf<T> : never

/** A note under a table (注：1. …). */
export interface TableNote extends NodeBase, Own<P.TableNote> {}

/** An indicator table of number `T` (`TableOf<'2-1'>`: 表 2-1) with its caption, header, groups, rows and notes. */
export interface TableOf<T extends TableNumber> extends NodeBase, Own<P.Table, 'number' | 'period' | 'children'> {
  /** As printed: `2-1`. */
  readonly number: T
  /** The plan period the table covers, from its title: 十三五, 十四五. */
  readonly period: ShippedTables[T]['period']
  readonly children: ReadonlyArray<Heading | TableHeader | TableGroup<T> | IndicatorGroup<T> | IndicatorOf<T> | TableNote>
}

/** Any of the tables, as a function that takes any table declares it: its rows are `AnyIndicator`s. Every `TableOf<T>` is one. */
export interface AnyTable extends NodeBase, Own<P.Table, 'number' | 'period' | 'children'> {
  /** As printed: `2-1`. */
  readonly number: TableNumber
  /** The plan period the table covers, from its title: 十三五, 十四五. */
  readonly period: ShippedTables[TableNumber]['period']
  readonly children: ReadonlyArray<Heading | TableHeader | TableGroup | IndicatorGroup | AnyIndicator | TableNote>
}

/**
 * An indicator table: `Table<'2-1'>` is 表 2-1 (`TableOf<'2-1'>`);
 * `Table<TableNumber>`, what `tables()` returns, either table, a union that
 * `number` tells apart; `Table` alone any table (`AnyTable`).
 */
export type Table<T extends TableNumber = never> = [T] extends [never] ? AnyTable : TablesOf<T>

/** The tables `T`: each table's own type, as a union that `number` tells apart. */
export type TablesOf<T extends TableNumber> = T extends TableNumber ? TableOf<T> : never

/** A section (节) of a chapter. */
export interface Section extends NodeBase, Own<P.Section, 'children'> {
  readonly children: ReadonlyArray<Heading | Paragraph | Measure | Box | Table<TableNumber>>
}

/** A chapter (章). */
export interface Chapter extends NodeBase, Own<P.Chapter, 'children'> {
  readonly children: ReadonlyArray<Heading | Paragraph | Measure | Box | Table<TableNumber> | Section>
}

/** What follows the last chapter. */
export interface Closing extends NodeBase, Own<P.Closing, 'children'> {
  readonly children: readonly Paragraph[]
}

/** The root: the whole plan. */
export interface Plan extends NodeBase, Own<P.Plan, 'children'> {
  readonly children: ReadonlyArray<Header | Notice | Toc | Preamble | Chapter | Closing>
}

/** Any node of the plan tree; `type` tells them apart (and `table`, or a table's `number`, the tables' own). */
export type PlanNode =
  | Plan
  | Header
  | Notice
  | Toc
  | TocEntry
  | Preamble
  | Chapter
  | Section
  | Heading
  | Paragraph
  | Measure
  | Box
  | BoxItem
  | { [T in TableNumber]: TableOf<T> | TableGroup<T> | IndicatorGroup<T> | IndicatorOf<T> }[TableNumber]
  | TableHeader
  | TableNote
  | Closing

/** The `type` of a node: `chapter`, `box`, `indicator` … */
export type PlanNodeType = PlanNode['type']

/** The node of type `K`: `NodeOfType<'box'>` is `Box`. */
export type NodeOfType<K extends PlanNodeType> = Extract<PlanNode, { readonly type: K }>

// -------------------------------------------------------------------- IDs

/** Every node ID of the plan (`chp_4__sec_3`, `box_4-3`, `table_2-1__ind_16` …): `getNode` of one is never `undefined`. */
export type NodeId = ShippedNodeIds[keyof ShippedNodeIds]

/** The table number an ID of a table or of a node in it starts with: `table_2-1__ind_16` -> `2-1`. */
type TableOfId<I extends string> = I extends `table_${infer T extends TableNumber}__${string}` ? T : I extends `table_${infer T extends TableNumber}` ? T : never

/** Of nodes `N`, those of table `T` (for nodes that belong to a table; any other node is kept). */
type InTable<N, T extends string> = N extends { readonly table: string } ? (N extends { readonly table: T } ? N : never) : N extends { readonly type: 'table' } ? (N extends { readonly number: T } ? N : never) : N

/** The node an ID is the ID of: `NodeById<'box_4-3'>` is `Box`, `NodeById<'table_2-1__ind_16'>` is `IndicatorOf<'2-1'>`. */
export type NodeById<I extends NodeId> = {
  [K in keyof ShippedNodeIds]: I extends ShippedNodeIds[K] ? InTable<NodeOfType<K & PlanNodeType>, TableOfId<I>> : never
}[keyof ShippedNodeIds]

// --------------------------------------------------------------- projects

/** Where the text names a project (a 专栏 item's title, or a name in the text), with its sentence. */
export interface Mention extends J.Mention<ShippedVocabulary> {}

/** A tie of a project to one of the gazetteer's places: what it means, how it is known, the chain of quoted links that shows it. */
export interface Tie extends J.Tie<ShippedVocabulary> {}

/** A sector of a project, with its score and the clauses (and their words) that gave it. */
export interface SectorEvidence extends J.SectorEvidence<ShippedVocabulary> {}

/** A gazetteer place a project's text names, with the mention and the clause. */
export interface PlaceFact extends J.PlaceFact<ShippedVocabulary> {}

/**
 * A project of this plan: one record per distinct project, however many
 * times the text names it; its sectors are the plan's sector IDs, its places
 * and ties the gazetteer's.
 */
export interface Project extends Omit<J.Project<ShippedVocabulary>, 'mentions' | 'sectorEvidence' | 'placeEvidence' | 'ties'> {
  /** Every place the text names it: the canonical mention first, then the others in document order. */
  readonly mentions: readonly Mention[]
  /** Each sector's score and the clauses that gave it. */
  readonly sectorEvidence: readonly SectorEvidence[]
  /** Where its mentions' sentences, items or headings name each place. */
  readonly placeEvidence: readonly PlaceFact[]
  /** At most one tie a place: the strongest (direct, then context, then transitive), the earliest mention between equals. */
  readonly ties: readonly Tie[]
}

/** A tie of a project to a place, and its chain as one line of text. */
export interface Explanation extends Omit<J.Explanation<ShippedVocabulary>, 'tie'> {
  readonly tie: Tie
}

/** A sector of the vocabulary, as `sectors()` gives it. */
export interface SectorInfo extends J.SectorInfo<ShippedVocabulary> {}

/** A place of the gazetteer, as `places()` gives it. */
export interface Place extends J.Place<ShippedVocabulary> {}

/** A facility of the gazetteer: a named facility or enterprise the plan places in a place. */
export interface Facility extends J.Facility<ShippedVocabulary> {}

// ----------------------------------------------------- search and redirects

/** The options of `search()`. */
export interface SearchOptions {
  /** At most this many hits (a positive integer); all without it. */
  readonly limit?: number
  /** Only hits in nodes of these types (types whose nodes carry text: `paragraph`, `measure`, `indicator` …). */
  readonly types?: readonly PlanNodeType[]
}

/** A hit of `search()`: where the query matched, and the text around it. */
export interface SearchHit {
  /** The ID of the node whose text matched. */
  id: string
  /** Its type. */
  type: PlanNodeType
  /** The match with up to 20 characters of context on each side, `…` where cut, whitespace runs as one space. */
  snippet: string
  /** Offsets into the node's `value` (the original text): `value.slice(start, end)` is what matched. */
  start: number
  end: number
}

/** Where a retired ID went: to one node (`moved`), to several (`split`), or nowhere (a project `withdrawn` because it was not one), and why. */
export type Redirect =
  | { readonly moved: string; readonly why: string }
  | { readonly split: readonly string[]; readonly why: string }
  | { readonly withdrawn: true; readonly why: string }

// --------------------------------------------------------------- the check

type Writable<T> = T extends readonly unknown[] ? { -readonly [K in keyof T]: Writable<T[K]> } : T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T
type Holds<T extends true> = T
/** Same keys (but `Extra`), and each shipped type (made writable) is a parser type: a narrowing, nothing added, nothing left out. */
type Narrows<S, B, Extra extends PropertyKey = never> = [Writable<S>] extends [B] ? ([Exclude<keyof S, Extra>] extends [keyof B] ? ([keyof B] extends [keyof S] ? true : false) : false) : false
/** A compile-time check, nothing at run time: each shipped interface narrows its parser counterpart, field for field. */
export type ShippedNarrowsParsed = [
  Holds<Narrows<Mark, V.Mark>>,
  Holds<Narrows<NumberPart, V.NumberPart>>,
  Holds<Narrows<NumberValue, V.NumberValue>>,
  Holds<Narrows<TextValue, V.TextValue, 'number'>>,
  Holds<Narrows<MultipleValue, V.MultipleValue, 'number'>>,
  Holds<Narrows<EmptyValue, V.EmptyValue, 'number'>>,
  Holds<Narrows<NoneValue, V.NoneValue, 'number'>>,
  Holds<Narrows<CellValue, V.CellValue, 'number'>>,
  Holds<Narrows<Position, P.Position>>,
  Holds<Narrows<Paragraph, P.Paragraph>>,
  Holds<Narrows<Box, P.Box>>,
  Holds<Narrows<BoxItem, P.BoxItem>>,
  Holds<Narrows<TableHeader, P.TableHeader>>,
  Holds<Narrows<TableGroup<'2-1'>, P.TableGroup>>,
  Holds<Narrows<IndicatorGroup<'1-1'>, P.IndicatorGroup>>,
  Holds<Narrows<IndicatorOf<'2-1'>, P.Indicator>>,
  Holds<Narrows<TableOf<'1-1'>, P.Table>>,
  Holds<Narrows<Section, P.Section>>,
  Holds<Narrows<Chapter, P.Chapter>>,
  Holds<Narrows<Plan, P.Plan>>,
  Holds<Narrows<PlanNode, P.PlanNode>>,
  // A function that takes any row or any table takes each table's own.
  Holds<[Indicator<TableNumber>] extends [AnyIndicator] ? true : false>,
  Holds<[Table<TableNumber>] extends [AnyTable] ? true : false>,
  // The options and hits of search(), the redirects: the same as their schemas' (search() hands out fresh hits, so they are writable).
  Holds<Narrows<SearchOptions, S.SearchOptions>>,
  Holds<Narrows<S.SearchHit, SearchHit>>,
  Holds<Narrows<SearchHit, S.SearchHit>>,
  Holds<Narrows<Redirect, R.Redirect>>
]
