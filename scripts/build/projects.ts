/**
 * Build the projects data: read the corpus's knowledge files, extract the
 * projects from the built tree, and render them as stable JSON and a flat CSV.
 *
 * The CSV columns are documented in src/export/projects.ts.
 */
import path from 'node:path'
import type { z } from 'zod'
import { extractProjects } from '../../src/extract/index.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { ExtractKnowledgeSchema, GazetteerSchema, SectorsFileSchema, type Knowledge } from '../../src/schema/knowledge.js'
import type { Plan } from '../../src/schema/plan.js'
import type { Project } from '../../src/schema/project.js'
import { stableJson } from './stable-json.js'
import { CorpusFileError } from '../lib/files.js'
import { parseJsonFile, readJsonFile } from '../lib/json.js'
import { projectsCsv } from '../../src/export/projects.js'

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
  files: Record<string, string>
}

/** `file`: the Markdown edition the tree was parsed from (default the corpus's plan.md). */
export function buildProjects(tree: Plan, corpusDir: string, file = path.join(corpusDir, 'plan.md')): ProjectsBuild {
  const knowledge = readKnowledge(corpusDir)
  const { projects, diagnostics } = extractProjects(tree, knowledge, { file })
  return {
    projects,
    diagnostics,
    files: {
      'src/generated/projects.json': stableJson(projects),
      // A byte-order mark so that spreadsheets read the file as UTF-8.
      'src/generated/projects.csv': '\ufeff' + projectsCsv(projects),
      // The vocabulary and the gazetteer ship as data too: the runtime's indexes and places() need them.
      'src/generated/sectors.json': stableJson(knowledge.sectors),
      'src/generated/gazetteer.json': stableJson(knowledge.gazetteer)
    }
  }
}
