/**
 * The shape of bench-results.json: one row per figure, each with its baseline,
 * the ratio, the target and whether it holds. Types are inferred from here.
 */
import { z } from 'zod'

export const StatsSchema = z.strictObject({ min: z.number(), median: z.number(), max: z.number(), samples: z.number().int().positive() })

export const SideSchema = z.strictObject({ label: z.string(), stats: StatsSchema })

export const RowSchema = z.strictObject({
  id: z.string(),
  figure: z.string(),
  /** Times are milliseconds per call or per process; sizes are bytes. */
  unit: z.enum(['ms', 'bytes']),
  subject: SideSchema.nullable(),
  baseline: SideSchema.nullable(),
  /** subject median / baseline median. */
  ratio: z.number().nullable(),
  target: z.string(),
  /** null: no target (reported only), or not measured. */
  holds: z.boolean().nullable(),
  measured: z.boolean(),
  notes: z.array(z.string())
})

export const ResultsSchema = z.strictObject({
  date: z.string(),
  quick: z.boolean(),
  node: z.string(),
  platform: z.string(),
  cpus: z.string(),
  rows: z.array(RowSchema),
  /** Per-phase costs and other figures that explain a row (e.g. the build's phases). */
  details: z.record(z.string(), z.unknown())
})

export type Stats = z.infer<typeof StatsSchema>
export type Side = z.infer<typeof SideSchema>
export type Row = z.infer<typeof RowSchema>
export type Results = z.infer<typeof ResultsSchema>

export function single(value: number): Stats {
  return { min: value, median: value, max: value, samples: 1 }
}
