/**
 * The plan tree: a unist tree (every node has `type`; parents have
 * `children`; literals have `value`; `position` points into the Markdown
 * edition). Facets that queries need (`number`, `attribute`, `category` …)
 * sit at the top of each node so that unist-util-select can match them.
 *
 * Two things per node type, kept together:
 *
 * - a named, documented interface: the tree of any plan of the genre as a
 *   parser builds it (`parsePlan` returns it; it is the caller's, so it is
 *   writable, and its facets are plain strings: a parser knows no plan's
 *   literals). The tree the package ships is typed by ./shipped.ts: the same
 *   nodes, deep-readonly (answers are frozen) and narrowed to that plan's data
 *   (src/generated/types.ts).
 * - the zod schema that validates it (the build, `parsePlan`, the JSON
 *   Schema), checked at compile time to describe exactly that interface.
 */
import { z } from 'zod'
import { ID_PATTERN } from '../ids/make.js'
import { CellValueSchema, type CellValue } from './value.js'

// ------------------------------------------------------------ the interfaces

/** A place in the Markdown edition: line and column (1-based), offset (0-based, UTF-16 code units). */
export interface Point {
  line: number
  column: number
  offset: number
}

/** Where a node stands in the Markdown edition. */
export interface Position {
  start: Point
  end: Point
}

/** What every node has: its stable ID (from the document's own numbering) and where it stands. */
export interface NodeBase {
  /** Stable ID in Akoma Ntoso's eId style: `chp_4__sec_3`, `box_4-3__item_2`, `table_2-1__ind_16`. */
  id: string
  /** Where the node stands in the Markdown edition. */
  position: Position
}

/** A heading, caption or title line, as printed. */
export interface Heading extends NodeBase {
  type: 'heading'
  /** The line as printed (`第三节 …`, `专栏 4-3 …`). */
  value: string
}

/** A paragraph of running text. */
export interface Paragraph extends NodeBase {
  type: 'paragraph'
  /** `intro`: before any measure of its unit; `body`: a body paragraph. */
  role: 'intro' | 'body'
  /** The text as printed. */
  value: string
  /** Spans of `value` printed in bold, as [start, end) offsets: `一是**经济发展水平低**。` */
  strong?: Array<[number, number]>
}

/** A measure: a paragraph that opens with a lead sentence (its title), as printed in bold. */
export interface Measure extends NodeBase {
  type: 'measure'
  /** The lead sentence. */
  title: string
  /** The whole paragraph as printed, the lead sentence included. */
  value: string
}

/** The document's header: the issuing body and the document number. */
export interface Header extends NodeBase {
  type: 'header'
  /** The document number (霍政发〔2021〕7号). */
  docNumber?: string
  children: Paragraph[]
}

/** The notice that issues the plan. */
export interface Notice extends NodeBase {
  type: 'notice'
  title: string
  children: Array<Heading | Paragraph>
}

/** An entry of the 目录. */
export interface TocEntry extends NodeBase {
  type: 'tocEntry'
  level: 'chapter' | 'section'
  /** The printed label: 第四章, 第三节. */
  label: string
  number: number
  title: string
  /** The page the 目录 gives. */
  page: number
  /** The ID of the chapter or section this entry points to. */
  target: string
  /** The entry as printed. */
  value: string
}

/** The 目录 (table of contents) as printed. */
export interface Toc extends NodeBase {
  type: 'toc'
  children: Array<Heading | TocEntry>
}

/** The preamble before the first chapter. */
export interface Preamble extends NodeBase {
  type: 'preamble'
  title: string
  children: Array<Heading | Paragraph>
}

/** A box item: its lead (title) and text; items may nest (专栏 8-2). */
export interface BoxItem extends NodeBase {
  type: 'boxItem'
  /** The printed number where the box numbers its items (专栏 9-1), else the ordinal. */
  number: number
  /** Whether `number` is printed in the document. */
  numbered: boolean
  /** The item's lead, as printed. */
  title: string
  /** The number of the box it stands in (`4-3`). */
  box: string
  children: Array<Paragraph | BoxItem>
}

/** A box (专栏): a boxed list of projects or directions. */
export interface Box extends NodeBase {
  type: 'box'
  /** As printed: `4-3`. */
  number: string
  /** `专栏 4-3`. */
  label: string
  title: string
  /** The ID of the chapter it stands in. */
  chapter: string
  /** The ID of the section it stands in, when it stands in one. */
  section?: string
  children: Array<Heading | BoxItem>
}

/** A table's header: its column names and the header rows as printed. */
export interface TableHeader extends NodeBase {
  type: 'tableHeader'
  /** Column names composed from the header rows (`规划目标 年均增速 [累计]`). */
  columns: string[]
  /** The header rows as printed (the spanning row and the row under it). */
  rows: string[][]
  /** The header as printed, a tab between cells. */
  value: string
}

/** A grouping row such as `一、经济发展（5 项）`. */
export interface TableGroup extends NodeBase {
  type: 'tableGroup'
  number: number
  /** The printed label: 一, 二 … */
  label: string
  /** The group's title as printed (经济发展): the `category` of the rows under it. */
  title: string
  /** The count the row declares, `（5 项）` -> 5. */
  declaredCount?: number
  /** The printed number of the table it stands in (`1-1`). */
  table: string
  /** The row as printed. */
  value: string
}

/** What the rows of a table share, with or without values. */
export interface RowFacets extends NodeBase {
  /** The printed number of the table it stands in (`2-1`). */
  table: string
  /** The printed number (`3.` / `3`); sub-rows have none. */
  number?: number
  /** The number as printed (`3.`). */
  label?: string
  /** The indicator's name as printed, with its unit (`地区生产总值（亿元）`). */
  name: string
  /** The title of the grouping row it stands under (经济发展 …). */
  category?: string
  /** The ID of the grouping row (`tableGroup`). */
  group?: string
  /** The raw cells of the row, one per column of the table header. */
  cells: string[]
  /** The row as printed, a tab between cells. */
  value: string
}

/** A numbered row with no values of its own: the parent of the sub-rows under it (`3. 城镇化率`). */
export interface IndicatorGroup extends RowFacets {
  type: 'indicatorGroup'
}

/** A row that carries values. */
export interface Indicator extends RowFacets {
  type: 'indicator'
  /** The ID of the `indicatorGroup` row it stands under, for sub-rows. */
  parent?: string
  /** From the table's 属性 column: 约束性 (binding) or 预期性 (anticipatory). */
  attribute?: string
  /** The plan period the table covers, from its title: 十三五, 十四五. */
  period?: string
  /** The unit printed at the end of the name: 亿元, %, ‰, 1/10万 … */
  unit?: string
  /** One typed value per value column, keyed by the column's name as the header prints it. */
  values: Record<string, CellValue>
  /** False when a note of the table says the indicator is no longer monitored (不再监测). */
  monitored: boolean
  /** The ID of that note. */
  monitoringNote?: string
}

/** A note under a table (注：1. …). */
export interface TableNote extends NodeBase {
  type: 'tableNote'
  number: number
  /** The note as printed. */
  value: string
}

/** An indicator table (表 2-1): caption, header, groups, rows, notes. */
export interface Table extends NodeBase {
  type: 'table'
  /** As printed: `2-1`. */
  number: string
  /** `表 2-1`. */
  label: string
  title: string
  /** The plan period the table covers, from its title: 十三五, 十四五. */
  period?: string
  /** The ID of the chapter it stands in. */
  chapter: string
  /** The ID of the section it stands in, when it stands in one. */
  section?: string
  children: Array<Heading | TableHeader | TableGroup | IndicatorGroup | Indicator | TableNote>
}

/** What chapters and sections share: their number and printed label. */
export interface Numbered {
  number: number
  /** As printed: 第四章, 第三节. */
  label: string
  title: string
}

/** A section (节) of a chapter. */
export interface Section extends NodeBase, Numbered {
  type: 'section'
  children: Array<Heading | Paragraph | Measure | Box | Table>
}

/** A chapter (章). */
export interface Chapter extends NodeBase, Numbered {
  type: 'chapter'
  children: Array<Heading | Paragraph | Measure | Box | Table | Section>
}

/** What follows the last chapter. */
export interface Closing extends NodeBase {
  type: 'closing'
  children: Paragraph[]
}

/** The root: the whole plan. */
export interface Plan extends NodeBase {
  type: 'plan'
  /** The plan's title. */
  title: string
  children: Array<Header | Notice | Toc | Preamble | Chapter | Closing>
}

/** Any node of the plan tree. */
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
  | Table
  | TableHeader
  | TableGroup
  | IndicatorGroup
  | Indicator
  | TableNote
  | Closing

/** The `type` of a node: `chapter`, `box`, `indicator` … */
export type PlanNodeType = PlanNode['type']

// --------------------------------------------------------------- the schemas

export const PointSchema = z.object({ line: z.number().int().positive(), column: z.number().int().positive(), offset: z.number().int().nonnegative() }).strict()
export const PositionSchema = z.object({ start: PointSchema, end: PointSchema }).strict()

const base = {
  id: z.string().regex(ID_PATTERN),
  position: PositionSchema
}

/** A heading, caption or title line, as printed. */
export const HeadingSchema = z.object({ type: z.literal('heading'), ...base, value: z.string() }).strict()

/** A paragraph of running text. `role` tells an introduction (before any measure of its unit) from a body paragraph. */
export const ParagraphSchema = z
  .object({
    type: z.literal('paragraph'),
    ...base,
    role: z.enum(['intro', 'body']),
    value: z.string(),
    /** Spans of `value` printed in bold, as [start, end) offsets: `一是**经济发展水平低**。` */
    strong: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().positive()])).optional()
  })
  .strict()

/** A measure: a paragraph that opens with a lead sentence (its title), as printed in bold. */
export const MeasureSchema = z
  .object({ type: z.literal('measure'), ...base, title: z.string(), value: z.string() })
  .strict()

export const HeaderSchema = z
  .object({ type: z.literal('header'), ...base, docNumber: z.string().optional(), children: z.array(ParagraphSchema) })
  .strict()

export const NoticeSchema = z
  .object({ type: z.literal('notice'), ...base, title: z.string(), children: z.array(z.discriminatedUnion('type', [HeadingSchema, ParagraphSchema])) })
  .strict()

export const TocEntrySchema = z
  .object({
    type: z.literal('tocEntry'),
    ...base,
    level: z.enum(['chapter', 'section']),
    /** The printed label: 第四章, 第三节. */
    label: z.string(),
    number: z.number().int().positive(),
    title: z.string(),
    page: z.number().int().positive(),
    /** The ID of the chapter or section this entry points to. */
    target: z.string(),
    value: z.string()
  })
  .strict()

export const TocSchema = z
  .object({ type: z.literal('toc'), ...base, children: z.array(z.discriminatedUnion('type', [HeadingSchema, TocEntrySchema])) })
  .strict()

export const PreambleSchema = z
  .object({ type: z.literal('preamble'), ...base, title: z.string(), children: z.array(z.discriminatedUnion('type', [HeadingSchema, ParagraphSchema])) })
  .strict()

/** A box item: its lead (title) and text; items may nest (专栏 8-2). */
export const BoxItemSchema = z.strictObject({
  type: z.literal('boxItem'),
  id: base.id,
  position: base.position,
  /** The printed number where the box numbers its items (专栏 9-1), else the ordinal. */
  number: z.number().int().positive(),
  /** Whether `number` is printed in the document. */
  numbered: z.boolean(),
  title: z.string(),
  box: z.string(),
  get children() {
    return z.array(z.discriminatedUnion('type', [ParagraphSchema, BoxItemSchema]))
  }
})

export const BoxSchema = z
  .object({
    type: z.literal('box'),
    ...base,
    /** As printed: `4-3`. */
    number: z.string().regex(/^\d+-\d+$/),
    /** `专栏 4-3`. */
    label: z.string(),
    title: z.string(),
    chapter: z.string(),
    section: z.string().optional(),
    children: z.array(z.discriminatedUnion('type', [HeadingSchema, BoxItemSchema]))
  })
  .strict()

export const TableHeaderSchema = z
  .object({
    type: z.literal('tableHeader'),
    ...base,
    /** Column names composed from the header rows (`规划目标 年均增速 [累计]`). */
    columns: z.array(z.string()),
    /** The header rows as printed (the spanning row and the row under it). */
    rows: z.array(z.array(z.string())),
    value: z.string()
  })
  .strict()

/** A grouping row such as `一、经济发展（5 项）`. */
export const TableGroupSchema = z
  .object({
    type: z.literal('tableGroup'),
    ...base,
    number: z.number().int().positive(),
    label: z.string(),
    title: z.string(),
    /** The count the row declares, `（5 项）` -> 5. */
    declaredCount: z.number().int().nonnegative().optional(),
    table: z.string(),
    value: z.string()
  })
  .strict()

const rowFacets = {
  table: z.string(),
  /** The printed number (`3.` / `3`); sub-rows have none. */
  number: z.number().int().positive().optional(),
  label: z.string().optional(),
  name: z.string(),
  /** The title of the grouping row it stands under (经济发展 …). */
  category: z.string().optional(),
  /** The ID of the grouping row (`tableGroup`). */
  group: z.string().optional(),
  /** The raw cells of the row, one per column of the table header. */
  cells: z.array(z.string()),
  value: z.string()
}

/** A numbered row with no values of its own: the parent of the sub-rows under it (`3. 城镇化率`). */
export const IndicatorGroupSchema = z
  .object({ type: z.literal('indicatorGroup'), ...base, ...rowFacets })
  .strict()

/** A row that carries values. */
export const IndicatorSchema = z
  .object({
    type: z.literal('indicator'),
    ...base,
    ...rowFacets,
    /** The ID of the `indicatorGroup` row it stands under, for sub-rows. */
    parent: z.string().optional(),
    /** From the table's 属性 column: 约束性 (binding) or 预期性 (anticipatory). */
    attribute: z.string().optional(),
    /** The plan period the table covers, from its title: 十三五, 十四五. */
    period: z.string().optional(),
    /** The unit printed at the end of the name: 亿元, %, ‰, 1/10万 … */
    unit: z.string().optional(),
    /** One typed value per value column, keyed by the column's name as the header prints it. */
    values: z.record(z.string(), CellValueSchema),
    /** False when a note of the table says the indicator is no longer monitored (不再监测). */
    monitored: z.boolean(),
    /** The ID of that note. */
    monitoringNote: z.string().optional()
  })
  .strict()

export const TableNoteSchema = z
  .object({ type: z.literal('tableNote'), ...base, number: z.number().int().positive(), value: z.string() })
  .strict()

export const TableSchema = z
  .object({
    type: z.literal('table'),
    ...base,
    number: z.string().regex(/^\d+-\d+$/),
    label: z.string(),
    title: z.string(),
    /** The plan period the table covers, from its title: 十三五, 十四五. */
    period: z.string().optional(),
    chapter: z.string(),
    section: z.string().optional(),
    children: z.array(
      z.discriminatedUnion('type', [HeadingSchema, TableHeaderSchema, TableGroupSchema, IndicatorGroupSchema, IndicatorSchema, TableNoteSchema])
    )
  })
  .strict()

const numbered = {
  number: z.number().int().positive(),
  /** As printed: 第四章, 第三节. */
  label: z.string(),
  title: z.string()
}

export const SectionSchema = z
  .object({
    type: z.literal('section'),
    ...base,
    ...numbered,
    children: z.array(z.discriminatedUnion('type', [HeadingSchema, ParagraphSchema, MeasureSchema, BoxSchema, TableSchema]))
  })
  .strict()

export const ChapterSchema = z
  .object({
    type: z.literal('chapter'),
    ...base,
    ...numbered,
    children: z.array(z.discriminatedUnion('type', [HeadingSchema, ParagraphSchema, MeasureSchema, BoxSchema, TableSchema, SectionSchema]))
  })
  .strict()

export const ClosingSchema = z
  .object({ type: z.literal('closing'), ...base, children: z.array(ParagraphSchema) })
  .strict()

export const PlanSchema = z
  .object({
    type: z.literal('plan'),
    ...base,
    title: z.string(),
    children: z.array(
      z.discriminatedUnion('type', [HeaderSchema, NoticeSchema, TocSchema, PreambleSchema, ChapterSchema, ClosingSchema])
    )
  })
  .strict()

// Each schema describes its interface exactly: a field added to one and not the other fails the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Holds<T extends true> = T
/** A compile-time check, nothing at run time: each schema's type is its interface's. */
export type SchemasMatchInterfaces = [
  Holds<Same<z.infer<typeof PointSchema>, Point>>,
  Holds<Same<z.infer<typeof PositionSchema>, Position>>,
  Holds<Same<z.infer<typeof HeadingSchema>, Heading>>,
  Holds<Same<z.infer<typeof ParagraphSchema>, Paragraph>>,
  Holds<Same<z.infer<typeof MeasureSchema>, Measure>>,
  Holds<Same<z.infer<typeof HeaderSchema>, Header>>,
  Holds<Same<z.infer<typeof NoticeSchema>, Notice>>,
  Holds<Same<z.infer<typeof TocEntrySchema>, TocEntry>>,
  Holds<Same<z.infer<typeof TocSchema>, Toc>>,
  Holds<Same<z.infer<typeof PreambleSchema>, Preamble>>,
  Holds<Same<z.infer<typeof BoxItemSchema>, BoxItem>>,
  Holds<Same<z.infer<typeof BoxSchema>, Box>>,
  Holds<Same<z.infer<typeof TableHeaderSchema>, TableHeader>>,
  Holds<Same<z.infer<typeof TableGroupSchema>, TableGroup>>,
  Holds<Same<z.infer<typeof IndicatorGroupSchema>, IndicatorGroup>>,
  Holds<Same<z.infer<typeof IndicatorSchema>, Indicator>>,
  Holds<Same<z.infer<typeof TableNoteSchema>, TableNote>>,
  Holds<Same<z.infer<typeof TableSchema>, Table>>,
  Holds<Same<z.infer<typeof SectionSchema>, Section>>,
  Holds<Same<z.infer<typeof ChapterSchema>, Chapter>>,
  Holds<Same<z.infer<typeof ClosingSchema>, Closing>>,
  Holds<Same<z.infer<typeof PlanSchema>, Plan>>
]
