/** Reads a corpus folder's import inputs and runs the import stage (src/import) on them. */
import path from 'node:path'
import { importPlan } from '../../src/import/index.js'
import { ErrataSchema, StructureSchema } from '../../src/schema/corpus.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { readText } from '../lib/files.js'
import { parseJsonFile, readJsonFile } from '../lib/json.js'

export interface CorpusImport {
  source: string
  corrected: string
  /** Undefined when errata.json or structure.json is not valid. */
  markdown: string | undefined
  diagnostics: Diagnostic[]
}

/** Read a corpus folder (source.txt, errata.json, structure.json) and make its Markdown edition. */
export function importCorpus(dir: string): CorpusImport {
  const sourceFile = path.join(dir, 'source.txt')
  const source = readText(sourceFile)
  const errata = parseJsonFile(readJsonFile(path.join(dir, 'errata.json')), ErrataSchema)
  const structure = parseJsonFile(readJsonFile(path.join(dir, 'structure.json')), StructureSchema)
  const diagnostics = [...errata.diagnostics, ...structure.diagnostics]
  if (!errata.data || !structure.data) return { source, corrected: source, markdown: undefined, diagnostics }
  const result = importPlan(source, errata.data, structure.data, sourceFile)
  return { source, ...result, diagnostics: [...diagnostics, ...result.diagnostics] }
}
