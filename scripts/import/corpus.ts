import { readText } from '../lib/files.js'
import { parseJsonFile, readJsonFile } from '../lib/json.js'
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


/** Read a corpus folder (source.txt, errata.json, structure.json) and make its Markdown edition. */
export function importCorpus(dir: string): CorpusImport {
  const sourceFile = path.join(dir, 'source.txt')
  const source = readText(sourceFile)
  const errataFile = path.join(dir, 'errata.json')
  const structureFile = path.join(dir, 'structure.json')
  const errata = parseJsonFile(readJsonFile(errataFile), ErrataSchema)
  const structure = parseJsonFile(readJsonFile(structureFile), StructureSchema)
  const diagnostics: Diagnostic[] = [...errata.diagnostics, ...structure.diagnostics]
  if (!errata.data || !structure.data) return { source, corrected: source, markdown: undefined, diagnostics }
  const corrected = applyErrata(source, errata.data.entries, sourceFile)
  diagnostics.push(...corrected.diagnostics)
  const result = toMarkdown(corrected.text, structure.data, sourceFile)
  diagnostics.push(...result.diagnostics)
  return { source, corrected: corrected.text, markdown: result.markdown, diagnostics }
}
