/**
 * The value of one table cell, with its meaning kept: a number with its
 * comparator, approximation (左右), cumulative brackets ([…], 累计), percent
 * sign and footnote marks; qualitative text; several values with qualifiers;
 * an empty cell and a printed dash kept apart. `raw` is always the cell as
 * printed.
 */
import { z } from 'zod'

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

export type Mark = z.infer<typeof MarkSchema>
export type NumberPart = z.infer<typeof NumberPartSchema>
export type CellValue = z.infer<typeof CellValueSchema>
