/**
 * Type-check consumer code the way a user's `tsc --strict` would, against
 * the sources: `@huozhou/plan` and its subpaths resolve to src/ (the entries
 * package.json exports), everything else to node_modules. The files are
 * given as text and never written; one program checks them all.
 */
import path from 'node:path'
import ts from 'typescript'
import { root } from './helpers.js'

export interface Source {
  /** A name for the file (its extension says how it is read: `.mts`, `.ts`, `.mjs` …). */
  readonly name: string
  readonly text: string
}

/** A diagnostic of one of the given files: where, its code and its message. */
export interface Problem {
  readonly name: string
  readonly line: number
  readonly code: number
  readonly message: string
}

/** What a consumer's strict tsconfig says (no more: `noUncheckedIndexedAccess` and the like are the user's choice). */
export const CONSUMER: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
  skipLibCheck: true,
  types: [],
  baseUrl: root,
  paths: { '@huozhou/plan': ['src/index.ts'], '@huozhou/plan/*': ['src/*.ts'] }
}

/** Every diagnostic tsc reports for `sources` (their own, not the sources of the library). */
export function typecheck(sources: readonly Source[], options: ts.CompilerOptions = CONSUMER): Problem[] {
  const dir = path.join(root, 'test', '.typecheck')
  const files = new Map(sources.map((s) => [path.join(dir, s.name), s.text]))
  const host = ts.createCompilerHost(options)
  const { fileExists, readFile, getSourceFile } = host
  host.fileExists = (f) => files.has(f) || fileExists.call(host, f)
  host.readFile = (f) => files.get(f) ?? readFile.call(host, f)
  host.getSourceFile = (f, language, ...rest) => {
    const text = files.get(f)
    return text === undefined ? getSourceFile.call(host, f, language, ...rest) : ts.createSourceFile(f, text, language, true)
  }
  const program = ts.createProgram([...files.keys()], options, host)
  return [...files.keys()].flatMap((f) => {
    const file = program.getSourceFile(f)!
    return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) => ({
      name: path.basename(f),
      line: d.start === undefined ? 0 : file.getLineAndCharacterOfPosition(d.start).line + 1,
      code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n')
    }))
  })
}
