/**
 * Extracted text -> blocks, the unit every step of the import reads: runs of
 * non-blank lines, each with the line it starts at.
 */
import { linePatterns } from '../genre/patterns.js'

/** A run of non-blank lines of the corrected text. */
export interface Block {
  /** Lines of the block, as in the corrected text. */
  readonly lines: string[]
  /** 1-based line of the block's first line in the corrected text. */
  readonly line: number
}

/**
 * Split text into blocks. A line of whitespace only ends a block unless it
 * holds a tab (an empty table row). A chapter or section heading is a block
 * of its own even without blank lines around it, as PDF extraction often
 * prints it (a box that ends a chapter runs straight into the next 第X章
 * line).
 */
export function blocks(text: string): Block[] {
  const out: Block[] = []
  let current: Block | undefined
  text.split('\n').forEach((raw, index) => {
    // trimEnd, not /\s+$/: the expression tries every start in a run of spaces inside a line.
    const line = raw.trimEnd()
    if (line.trim() === '' && !raw.includes('\t')) {
      current = undefined
      return
    }
    const heading = linePatterns.chapter.test(line.trim()) || linePatterns.section.test(line.trim())
    if (heading) current = undefined
    if (!current) {
      current = { lines: [], line: index + 1 }
      out.push(current)
    }
    current.lines.push(raw.replace(/\r$/, ''))
    if (heading) current = undefined
  })
  return out
}

/** The text of a block: its lines joined, trimmed at both ends. */
export function blockText(block: Block): string {
  return block.lines.join('\n').trim()
}
