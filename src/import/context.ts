/**
 * What every step of the import shares: the blocks of the corrected text, a
 * cursor into them, the Markdown written so far, the corpus' structure
 * annotation and the diagnostics.
 */
import type { Structure } from '../schema/corpus.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import { blocks, type Block } from './blocks.js'

export interface ImportContext {
  readonly blocks: readonly Block[]
  /** Index of the next block to read; each step moves it past what it read. */
  index: number
  /** Markdown blocks written so far; the document is these joined by blank lines. */
  readonly out: string[]
  readonly structure: Structure
  readonly diagnostics: Diagnostic[]
  /** Report an error at a block's first line. */
  report(block: Block, rule: string, message: string): void
}

export function createContext(text: string, structure: Structure, file: string): ImportContext {
  const diagnostics: Diagnostic[] = []
  return {
    blocks: blocks(text),
    index: 0,
    out: [],
    structure,
    diagnostics,
    report: (block, rule, message) => diagnostics.push({ severity: 'error', rule, message, file, line: block.line, column: 1 })
  }
}
