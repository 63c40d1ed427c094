/**
 * Errata -> corrected text: each correction of an extraction artifact
 * applied at its line and column of the verbatim source.
 */
import type { Erratum } from '../schema/corpus.js'
import type { Diagnostic } from '../schema/diagnostic.js'

export interface ErrataResult {
  text: string
  diagnostics: Diagnostic[]
}

/** Offsets of the start of every line (1-based line n starts at `starts[n - 1]`). */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return starts
}

/**
 * Apply errata to a source text. Each entry must find its `before` text at its
 * line and column; one that does not is reported (and skipped), never guessed.
 * Overlapping entries are reported too.
 */
export function applyErrata(source: string, entries: readonly Erratum[], file = 'source.txt'): ErrataResult {
  const starts = lineStarts(source)
  const diagnostics: Diagnostic[] = []
  const placed: Array<{ offset: number; entry: Erratum }> = []
  for (const entry of entries) {
    const lineStart = starts[entry.line - 1]
    const offset = lineStart === undefined ? -1 : lineStart + entry.column - 1
    if (offset < 0 || source.slice(offset, offset + entry.before.length) !== entry.before) {
      diagnostics.push({
        severity: 'error',
        rule: 'erratum-not-found',
        message: `erratum expects ${JSON.stringify(entry.before)} here, found ${JSON.stringify(offset < 0 ? '' : source.slice(offset, offset + entry.before.length))}`,
        file,
        line: entry.line,
        column: entry.column
      })
      continue
    }
    placed.push({ offset, entry })
  }
  placed.sort((a, b) => a.offset - b.offset)
  let text = ''
  let at = 0
  for (const { offset, entry } of placed) {
    if (offset < at) {
      diagnostics.push({
        severity: 'error',
        rule: 'erratum-overlap',
        message: `erratum overlaps the one before it`,
        file,
        line: entry.line,
        column: entry.column
      })
      continue
    }
    text += source.slice(at, offset) + entry.after
    at = offset + entry.before.length
  }
  text += source.slice(at)
  return { text, diagnostics }
}
