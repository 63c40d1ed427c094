import { z } from 'zod'

/** A problem found in a corpus file, with its place. The parser returns these; it never throws on bad input. */
export const DiagnosticSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    /** A stable rule name, e.g. `toc-mismatch`, `count-mismatch`, `number-gap`. */
    rule: z.string(),
    message: z.string(),
    file: z.string(),
    line: z.number().int().nonnegative(),
    column: z.number().int().nonnegative()
  })
  .strict()

export type Diagnostic = z.infer<typeof DiagnosticSchema>

/** `file:line:col severity rule message`, the form editors and terminals link. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`
}
