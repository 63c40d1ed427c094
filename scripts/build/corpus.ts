/**
 * One corpus through the build: parse plan.md into the checked tree, hold
 * its IDs and its projects' IDs to the committed manifests and redirects,
 * extract the projects, and make every data file (./data.ts). Returns the
 * files and the diagnostics; scripts/build.ts writes or checks them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parsePlan } from '../../src/parse/index.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import type { PlanNode } from '../../src/schema/plan.js'
import { readText } from '../lib/files.js'
import { parseJsonFile, readJsonFile } from '../lib/json.js'
import { readIndicatorCategories } from './categories.js'
import { dataFiles, type DataInput } from './data.js'
import { buildProjects } from './projects.js'
import { checkShippedFacts } from './types.js'
import { RedirectsFileSchema, type Redirect } from '../../src/schema/redirects.js'
import { checkIds, listNewIds, type LocateRedirect } from '../../src/ids/manifest.js'
import { redirectTargets } from '../../src/ids/redirects.js'
import type { Project } from '../../src/schema/project.js'
import { isProjectId } from '../../src/ids/project.js'
import { nodes } from '../../src/util/visit.js'

export interface BuildResult {
  /** Path -> content of every file the build keeps in the repository (src/generated, manifest updates): `--check` compares them. */
  files: Record<string, string>
  /** File name -> content of every file the package ships in dist/data. */
  shipped: Record<string, string>
  diagnostics: Diagnostic[]
  summary: string
  /** What the data files were made from (the data dictionary of the README is written from it too). */
  input: DataInput
}

/** The data modules src/ imports, committed. */
export const GENERATED = 'src/generated'
/** The data files the package ships, built. */
export const SHIPPED = 'dist/data'

/**
 * redirects.json, validated, and where each of its values stands (for the ID policy's diagnostics). `valid` is false
 * when the file breaks its schema: its diagnostics say where, and the ID policy, which reads it, is not checked
 * (every retired ID would otherwise be reported gone, burying the one line that matters).
 */
function readRedirects(file: string, diagnostics: Diagnostic[]): { redirects: Record<string, Redirect>; locate: LocateRedirect; valid: boolean } {
  if (!fs.existsSync(file)) return { redirects: {}, locate: () => ({ line: 1, column: 1 }), valid: true }
  const json = readJsonFile(file)
  const parsed = parseJsonFile(json, RedirectsFileSchema)
  diagnostics.push(...parsed.diagnostics)
  return { redirects: parsed.data?.redirects ?? {}, locate: (path) => json.at(['redirects', ...path]), valid: parsed.data !== undefined }
}

/** The manifest: every published ID, one a line, in document order. */
export function readManifest(file: string): string[] {
  if (!fs.existsSync(file)) return []
  return readText(file).split('\n').filter((l) => l && !l.startsWith('#'))
}

/**
 * A published project ID that is now another mention of a project (the project was named twice and is one record)
 * must be `moved` to that project: a redirect missing says what to write, one pointing elsewhere is an error.
 */
export function checkMergedIds(projects: readonly Project[], manifest: readonly string[], redirects: Readonly<Record<string, Redirect>>, redirectsFile: string, locate: LocateRedirect = () => ({ line: 1, column: 1 })): Diagnostic[] {
  const published = new Set(manifest)
  const out: Diagnostic[] = []
  for (const project of projects)
    for (const mention of project.mentions) {
      if (mention.id === project.id || !published.has(mention.id)) continue
      const redirect = redirects[mention.id]
      if (redirect && 'moved' in redirect && redirect.moved === project.id) continue
      const message = redirect
        ? `redirect ${mention.id} points to ${redirectTargets(redirect).join(', ') || 'nothing'}, but that ID is now a mention of ${project.id} (${mention.matched}); move it there`
        : `published ID ${mention.id} is now a mention of ${project.id} (${mention.matched}); add "${mention.id}": { "moved": "${project.id}", "why": … }`
      out.push({ severity: 'error', rule: 'merged-id', message, file: redirectsFile, ...locate([mention.id]) })
    }
  return out
}

export function buildCorpus(dir: string, options: { updateManifest?: boolean } = {}): BuildResult {
  const mdFile = path.join(dir, 'plan.md')
  const markdown = readText(mdFile)
  const { tree, diagnostics } = parsePlan(markdown, { file: mdFile })
  diagnostics.push(...checkShippedFacts(tree, mdFile))
  const all = nodes<PlanNode>(tree)
  const ids = all.map((n) => n.id)
  const manifestFile = path.join(dir, 'ids.txt')
  const manifest = readManifest(manifestFile)
  const present = new Set(ids)
  const redirectsFile = path.join(dir, 'redirects.json')
  const { redirects, locate, valid } = readRedirects(redirectsFile, diagnostics)
  const nodeRedirects = Object.fromEntries(Object.entries(redirects).filter(([id]) => !isProjectId(id)))
  const projectRedirects = Object.fromEntries(Object.entries(redirects).filter(([id]) => isProjectId(id)))
  if (valid) diagnostics.push(...checkIds(manifest, present, nodeRedirects, manifestFile, redirectsFile, locate))
  const projectBuild = buildProjects(tree, dir, mdFile)
  diagnostics.push(...projectBuild.diagnostics)
  const { sectors, gazetteer } = projectBuild.knowledge
  const files: Record<string, string> = {}
  const shipped: Record<string, string> = {}
  const input: DataInput = { tree, redirects, projects: projectBuild.projects, sectors, gazetteer, categories: readIndicatorCategories(dir, tree, diagnostics) }
  for (const f of dataFiles(input)) {
    if (f.module !== undefined) files[path.join(GENERATED, f.name)] = f.module
    if (f.shipped !== undefined) shipped[f.name] = f.shipped
  }
  // Project IDs are promises too: their own manifest, the same policy (a withdrawn project needs a redirect saying why).
  const projectIds = projectBuild.projects.map((p) => p.id)
  const projectManifestFile = path.join(dir, 'project-ids.txt')
  const projectManifest = readManifest(projectManifestFile)
  if (valid) {
    diagnostics.push(...checkIds(projectManifest, new Set(projectIds), projectRedirects, projectManifestFile, redirectsFile, locate))
    diagnostics.push(...checkMergedIds(projectBuild.projects, projectManifest, projectRedirects, redirectsFile, locate))
  }
  listNewIds(ids, manifest, manifestFile, options.updateManifest, files, diagnostics)
  listNewIds(projectIds, projectManifest, projectManifestFile, options.updateManifest, files, diagnostics)
  const count = (type: PlanNode['type']) => all.filter((n) => n.type === type).length
  return {
    files,
    shipped,
    diagnostics,
    input,
    summary: `${mdFile}: ${ids.length} nodes, ${count('chapter')} chapters, ${count('section')} sections, ${count('box')} boxes, ${count('table')} tables, ${count('indicator')} indicator rows, ${count('measure')} measures, ${projectBuild.projects.length} projects`
  }
}
