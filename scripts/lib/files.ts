/**
 * Reading corpus files for the scripts: a file that is missing, unreadable
 * or not valid JSON stops the script with one `file:line:col error rule
 * message` line, never a stack trace.
 *
 * Corpus text is UTF-8 with LF line ends, no byte order mark and no control
 * character but the tab. Anything else would reach every later step and
 * mislead it (CRLF shifts every erratum and splits every manifest line, a
 * NUL or a bad byte ships as U+FFFD), so it stops the script instead: one
 * line per kind of problem, at its first place.
 */
import fs from 'node:fs'
import { pointAt } from '../../src/parse/position.js'
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
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new CorpusFileError({ severity: 'error', rule: 'file-unreadable', message: `cannot read the file (${code})`, file, line: 1, column: 1 })
  }
  const bad = invalidUtf8(bytes)
  if (bad >= 0) {
    const before = bytes.subarray(0, bad).toString('utf8')
    const at = pointAt(before, before.length)
    throw new CorpusFileError({ severity: 'error', rule: 'encoding', message: `byte ${bad} (0x${bytes[bad]!.toString(16)}) is not UTF-8; corpus files are UTF-8`, file, ...at })
  }
  const text = bytes.toString('utf8')
  const problems = textProblems(text, file)
  if (problems.length) throw new CorpusFileError(problems[0]!, problems)
  return text
}

/** What corpus text may not hold, one diagnostic per kind at its first place: a byte order mark, CR line ends, control characters. */
export function textProblems(text: string, file: string): Diagnostic[] {
  const out: Diagnostic[] = []
  const at = (offset: number) => ({ file, ...pointAt(text, offset) })
  if (text.charCodeAt(0) === 0xfeff) out.push({ severity: 'error', rule: 'byte-order-mark', message: 'the file starts with a byte order mark (U+FEFF); corpus files are UTF-8 without one', file, line: 1, column: 1 })
  const cr = text.indexOf('\r')
  if (cr >= 0) {
    const count = text.match(/\r\n?/g)!.length
    const crlf = text.charCodeAt(cr + 1) === 0x0a
    out.push({ severity: 'error', rule: 'line-endings', message: `${count} line(s) end with ${crlf ? 'CRLF' : 'CR'}; corpus files end lines with LF alone`, ...at(cr) })
  }
  const controls = [...text.matchAll(CONTROL)]
  if (controls.length) {
    const first = controls[0]!
    const code = `U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    out.push({ severity: 'error', rule: 'control-character', message: `${controls.length} control character(s), the first ${code}; corpus text holds none but the tab`, ...at(first.index) })
  }
  return out
}

/** C0 controls but the tab and line ends (which line-endings reports), DEL and the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/** The offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no surrogates), else -1. */
function invalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (length === 0 || i + length > bytes.length) return i
    // The second byte's range narrows after E0 (overlong), ED (surrogates), F0 (overlong) and F4 (past U+10FFFF).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf
    if (bytes[i + 1]! < low || bytes[i + 1]! > high) return i
    for (let k = 2; k < length; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return i
    i += length
  }
  return -1
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
