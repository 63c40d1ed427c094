/**
 * Build the projects: read the corpus's knowledge files and extract the
 * projects from the built tree. The files written from them are listed in
 * ./data.ts.
 */
import path from 'node:path'
import type { z } from 'zod'
import { extractProjects } from '../../src/extract/index.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { ExtractKnowledgeSchema, GazetteerSchema, SectorsFileSchema, type Knowledge } from '../../src/schema/knowledge.js'
import type { Plan } from '../../src/schema/plan.js'
import type { Project } from '../../src/schema/project.js'
import { CorpusFileError } from '../lib/files.js'
import { parseJsonFile, readJsonFile } from '../lib/json.js'

/** The corpus's knowledge files, validated; a file that breaks its schema stops the build at the offending key. */
export function readKnowledge(corpusDir: string): Knowledge {
  const read = <S extends z.ZodType>(f: string, schema: S): z.infer<S> => {
    const parsed = parseJsonFile(readJsonFile(path.join(corpusDir, f)), schema)
    if (parsed.data === undefined) throw new CorpusFileError(parsed.diagnostics[0]!, parsed.diagnostics)
    return parsed.data
  }
  return {
    sectors: read('sectors.json', SectorsFileSchema),
    gazetteer: read('gazetteer.json', GazetteerSchema),
    extract: read('extract.json', ExtractKnowledgeSchema)
  }
}

export interface ProjectsBuild {
  projects: Project[]
  /** The extractor's diagnostics, at their place in `file`. */
  diagnostics: Diagnostic[]
  /** The knowledge the projects were extracted with (the gazetteer and sectors ship too). */
  knowledge: Knowledge
}

/** `file`: the Markdown edition the tree was parsed from (default the corpus's plan.md). */
export function buildProjects(tree: Plan, corpusDir: string, file = path.join(corpusDir, 'plan.md')): ProjectsBuild {
  const knowledge = readKnowledge(corpusDir)
  const { projects, diagnostics } = extractProjects(tree, knowledge, { file })
  return { projects, diagnostics, knowledge }
}
