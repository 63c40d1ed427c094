/**
 * The value of one table cell, with its meaning kept: a number with its
 * comparator, approximation (左右), cumulative brackets ([…], 累计), percent
 * sign and footnote marks; qualitative text; several values with qualifiers;
 * an empty cell and a printed dash kept apart. `raw` is always the cell as
 * printed.
 *
 * As ./plan.ts: named interfaces for what a parser builds (writable), each
 * zod schema checked at compile time to describe exactly its interface; the
 * shipped, deep-readonly forms are in ./shipped.ts.
 */
import { z } from 'zod'

// ------------------------------------------------------------ the interfaces

/** A footnote mark after a number (`69.57**`) and what the table's note says it means. */
export interface Mark {
  /** The mark as printed: `*`, `**`, `[]` (the brackets of a cumulative figure, where a note defines them). */
  mark: string
  /** `统计口径调整后数据`, from the note that defines the mark. */
  meaning?: string
  /** The ID of that note. */
  note?: string
}

/** A figure and how it is printed. */
export interface NumberFacets {
  /** The figure (`≤9` -> 9, `7%左右` -> 7, `[-20%]` -> -20): read it with the fields beside it. */
  number: number
  /** `≤9`: at most 9. */
  comparator?: '<' | '>' | '≤' | '≥'
  /** 左右 follows the number. */
  approximate?: true
  /** Printed in brackets: a cumulative figure over the period (累计). */
  cumulative?: true
  /** Printed with a % sign. */
  percent?: true
  /** The footnote marks after it. */
  marks?: Mark[]
  /** `(常住)`, `(户籍人口)`: what the figure counts. */
  qualifier?: string
}

/** One figure of a cell that prints several (`1.67 (户籍)`). */
export interface NumberPart extends NumberFacets {
  /** The figure as printed, with its qualifier. */
  raw: string
}

/** Nothing printed in the cell. */
export interface EmptyValue {
  kind: 'empty'
  raw: ''
}

/** A dash printed in the cell: no figure, on purpose. */
export interface NoneValue {
  kind: 'none'
  /** The dash as printed. */
  raw: string
}

/** A figure: `105`, `≤9`, `7%左右`, `[2.5]`, `69.57**`, `3.76 (户籍人口)`. */
export interface NumberValue extends NumberFacets {
  kind: 'number'
  /** The cell as printed. */
  raw: string
}

/** Qualitative text such as 完成省定考核目标. */
export interface TextValue {
  kind: 'text'
  /** The cell as printed. */
  raw: string
  /** The text, trimmed. */
  text: string
}

/** Several figures, each with its qualifier: `1.85 (常住) 1.67 (户籍)`. */
export interface MultipleValue {
  kind: 'multiple'
  /** The cell as printed. */
  raw: string
  /** Each figure (two or more). */
  parts: NumberPart[]
}

/** The value of one table cell, by `kind`. */
export type CellValue = EmptyValue | NoneValue | NumberValue | TextValue | MultipleValue

// --------------------------------------------------------------- the schemas

/** A footnote mark after a number (`69.57**`) and what the table's note says it means. */
export const MarkSchema = z
  .object({
    mark: z.string(),
    /** `统计口径调整后数据`, from the note that defines the mark. */
    meaning: z.string().optional(),
    /** The ID of that note. */
    note: z.string().optional()
  })
  .strict()

const numberFacets = {
  number: z.number(),
  comparator: z.enum(['<', '>', '≤', '≥']).optional(),
  /** 左右 follows the number. */
  approximate: z.literal(true).optional(),
  /** Printed in brackets: a cumulative figure over the period (累计). */
  cumulative: z.literal(true).optional(),
  /** Printed with a % sign. */
  percent: z.literal(true).optional(),
  marks: z.array(MarkSchema).optional(),
  /** `(常住)`, `(户籍人口)`: what the figure counts. */
  qualifier: z.string().optional()
}

export const NumberPartSchema = z.object({ raw: z.string(), ...numberFacets }).strict()

export const CellValueSchema = z.discriminatedUnion('kind', [
  /** Nothing printed in the cell. */
  z.object({ kind: z.literal('empty'), raw: z.literal('') }).strict(),
  /** A dash printed in the cell: no figure, on purpose. */
  z.object({ kind: z.literal('none'), raw: z.string() }).strict(),
  z.object({ kind: z.literal('number'), raw: z.string(), ...numberFacets }).strict(),
  /** Qualitative text such as 完成省定考核目标. */
  z.object({ kind: z.literal('text'), raw: z.string(), text: z.string() }).strict(),
  /** Several figures, each with its qualifier: `1.85 (常住) 1.67 (户籍)`. */
  z.object({ kind: z.literal('multiple'), raw: z.string(), parts: z.array(NumberPartSchema).min(2) }).strict()
])

// Each schema describes its interface exactly: a field added to one and not the other fails the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Holds<T extends true> = T
/** A compile-time check, nothing at run time: each schema's type is its interface's. */
export type SchemasMatchInterfaces = [
  Holds<Same<z.infer<typeof MarkSchema>, Mark>>,
  Holds<Same<z.infer<typeof NumberPartSchema>, NumberPart>>,
  Holds<Same<z.infer<typeof CellValueSchema>, CellValue>>
]
