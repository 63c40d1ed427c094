import { readJson, readText } from '../lib/files.js'
import path from 'node:path'
import { applyErrata } from '../../src/corpus/errata.js'
import { ErrataSchema, StructureSchema } from '../../src/schema/corpus.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { toMarkdown } from './to-markdown.js'

export interface CorpusImport {
  source: string
  corrected: string
  markdown: string | undefined
  diagnostics: Diagnostic[]
}


function schemaDiagnostics(file: string, issues: { path: PropertyKey[]; message: string }[]): Diagnostic[] {
  return issues.map((issue) => ({
    severity: 'error' as const,
    rule: 'corpus-schema',
    message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    file,
    line: 1,
    column: 1
  }))
}

/** Read a corpus folder (source.txt, errata.json, structure.json) and make its Markdown edition. */
export function importCorpus(dir: string): CorpusImport {
  const sourceFile = path.join(dir, 'source.txt')
  const source = readText(sourceFile)
  const errataFile = path.join(dir, 'errata.json')
  const structureFile = path.join(dir, 'structure.json')
  const errata = ErrataSchema.safeParse(readJson(errataFile))
  const structure = StructureSchema.safeParse(readJson(structureFile))
  const diagnostics: Diagnostic[] = []
  if (!errata.success) diagnostics.push(...schemaDiagnostics(errataFile, errata.error.issues))
  if (!structure.success) diagnostics.push(...schemaDiagnostics(structureFile, structure.error.issues))
  if (!errata.success || !structure.success) return { source, corrected: source, markdown: undefined, diagnostics }
  const corrected = applyErrata(source, errata.data.entries, sourceFile)
  diagnostics.push(...corrected.diagnostics)
  const result = toMarkdown(corrected.text, structure.data, sourceFile)
  diagnostics.push(...result.diagnostics)
  return { source, corrected: corrected.text, markdown: result.markdown, diagnostics }
}
