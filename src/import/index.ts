/**
 * The import stage: a plan's verbatim source text, its errata and its
 * structure annotation -> its Markdown edition. Reading the files is the
 * caller's (scripts/import/corpus.ts); this is the whole transformation.
 */
import type { Errata, Structure } from '../schema/corpus.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import { applyErrata } from './errata.js'
import { toMarkdown } from './to-markdown.js'

export { applyErrata, type ErrataResult } from './errata.js'
export { toMarkdown, type ImportResult } from './to-markdown.js'

export interface PlanImport {
  /** The source text with the errata applied. */
  corrected: string
  /** The Markdown edition. */
  markdown: string
  /** Errata that did not apply, and what the conversion could not place. */
  diagnostics: Diagnostic[]
}

/**
 * Apply the errata to the source, then convert the corrected text.
 * Diagnostics name `file` (the source text's path), the file both the errata
 * and the conversion point into.
 */
export function importPlan(source: string, errata: Errata, structure: Structure, file = 'source.txt'): PlanImport {
  const corrected = applyErrata(source, errata.entries, file)
  const result = toMarkdown(corrected.text, structure, file)
  return { corrected: corrected.text, markdown: result.markdown, diagnostics: [...corrected.diagnostics, ...result.diagnostics] }
}
