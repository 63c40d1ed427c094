/**
 * Reading corpus files for the scripts: a file that is missing, unreadable
 * or not valid JSON stops the script with one `file:line:col error rule
 * message` line, never a stack trace.
 */
import fs from 'node:fs'
import { formatDiagnostic, type Diagnostic } from '../../src/schema/diagnostic.js'

export class CorpusFileError extends Error {
  /** Every problem found (the first is `diagnostic`): the message prints one line each. */
  readonly diagnostics: readonly Diagnostic[]
  constructor(readonly diagnostic: Diagnostic, diagnostics: readonly Diagnostic[] = [diagnostic]) {
    super(diagnostics.map(formatDiagnostic).join('\n'))
    this.diagnostics = diagnostics
  }
}

export function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new CorpusFileError({ severity: 'error', rule: 'file-unreadable', message: `cannot read the file (${code})`, file, line: 1, column: 1 })
  }
}

/** Run a script's main: a CorpusFileError prints its one line, anything else one line with its message; exit 1. */
export function main(run: () => void): void {
  try {
    run()
  } catch (error) {
    console.error(error instanceof CorpusFileError ? error.message : `error internal ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
