/**
 * The plan tree: a unist tree (every node has `type`; parents have
 * `children`; literals have `value`; `position` points into the Markdown
 * edition). Facets that queries need (`number`, `attribute`, `category` …)
 * sit at the top of each node so that unist-util-select can match them.
 *
 * Every exported type is inferred from these schemas.
 */
import { z } from 'zod'
import { ID_PATTERN } from '../ids/make.js'
import { CellValueSchema } from './value.js'

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

export type Point = z.infer<typeof PointSchema>
export type Position = z.infer<typeof PositionSchema>
export type Heading = z.infer<typeof HeadingSchema>
export type Paragraph = z.infer<typeof ParagraphSchema>
export type Measure = z.infer<typeof MeasureSchema>
export type Header = z.infer<typeof HeaderSchema>
export type Notice = z.infer<typeof NoticeSchema>
export type TocEntry = z.infer<typeof TocEntrySchema>
export type Toc = z.infer<typeof TocSchema>
export type Preamble = z.infer<typeof PreambleSchema>
export type BoxItem = z.infer<typeof BoxItemSchema>
export type Box = z.infer<typeof BoxSchema>
export type TableHeader = z.infer<typeof TableHeaderSchema>
export type TableGroup = z.infer<typeof TableGroupSchema>
export type IndicatorGroup = z.infer<typeof IndicatorGroupSchema>
export type Indicator = z.infer<typeof IndicatorSchema>
export type TableNote = z.infer<typeof TableNoteSchema>
export type Table = z.infer<typeof TableSchema>
export type Section = z.infer<typeof SectionSchema>
export type Chapter = z.infer<typeof ChapterSchema>
export type Closing = z.infer<typeof ClosingSchema>
export type Plan = z.infer<typeof PlanSchema>

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

export type PlanNodeType = PlanNode['type']
