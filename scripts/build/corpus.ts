import fs from 'node:fs'
import path from 'node:path'
import { parsePlan } from '../../src/parse/index.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import type { PlanNode } from '../../src/schema/plan.js'
import { stableJson } from './stable-json.js'
import { readText } from '../lib/files.js'
import { parseJsonFile, readJsonFile } from '../lib/json.js'
import { allIndicators, indicatorRecords, indicatorsCsv } from '../../src/export/indicators.js'
import { outlineOf } from '../../src/query/outline.js'
import { jsonSchema } from './json-schema.js'
import { buildProjects } from './projects.js'
import { t2sModule } from './t2s.js'
import { nodeText } from '../../src/query/nodes.js'
import { RedirectsFileSchema, type Redirect } from '../../src/schema/redirects.js'
import { checkIds, listNewIds } from '../../src/ids/manifest.js'
import { isProjectId } from '../../src/ids/project.js'

export interface BuildResult {
  /** Path -> content of every generated file. */
  files: Record<string, string>
  diagnostics: Diagnostic[]
  summary: string
}

export const GENERATED = 'src/generated'

export function allNodes(root: PlanNode): PlanNode[] {
  const out: PlanNode[] = []
  const walk = (n: PlanNode) => {
    out.push(n)
    if ('children' in n) for (const c of n.children as PlanNode[]) walk(c)
  }
  walk(root)
  return out
}

export function allIds(root: PlanNode): string[] {
  return allNodes(root).map((n) => n.id)
}

function readRedirects(file: string, diagnostics: Diagnostic[]): Record<string, Redirect> {
  if (!fs.existsSync(file)) return {}
  const parsed = parseJsonFile(readJsonFile(file), RedirectsFileSchema)
  diagnostics.push(...parsed.diagnostics)
  return parsed.data?.redirects ?? {}
}

/** The manifest: every published ID, one a line, in document order. */
export function readManifest(file: string): string[] {
  if (!fs.existsSync(file)) return []
  return readText(file).split('\n').filter((l) => l && !l.startsWith('#'))
}

export function buildCorpus(dir: string, options: { updateManifest?: boolean } = {}): BuildResult {
  const mdFile = path.join(dir, 'plan.md')
  const markdown = readText(mdFile)
  const { tree, diagnostics } = parsePlan(markdown, { file: mdFile })
  const ids = allIds(tree)
  const manifestFile = path.join(dir, 'ids.txt')
  const manifest = readManifest(manifestFile)
  const present = new Set(ids)
  const redirectsFile = path.join(dir, 'redirects.json')
  const redirects = readRedirects(redirectsFile, diagnostics)
  const nodeRedirects = Object.fromEntries(Object.entries(redirects).filter(([id]) => !isProjectId(id)))
  const projectRedirects = Object.fromEntries(Object.entries(redirects).filter(([id]) => isProjectId(id)))
  diagnostics.push(...checkIds(manifest, present, nodeRedirects, manifestFile, redirectsFile))
  const byId = new Map(allNodes(tree).map((n) => [n.id, n]))
  const indicatorData = indicatorRecords(allIndicators(tree), (id) => byId.get(id))
  const files: Record<string, string> = {
    [path.join(GENERATED, 'plan.json')]: stableJson(tree),
    [path.join(GENERATED, 't2s.ts')]: t2sModule(nodeText(tree)),
    [path.join(GENERATED, 'redirects.json')]: stableJson(redirects, 1),
    [path.join(GENERATED, 'outline.json')]: stableJson(outlineOf(tree)),
    [path.join(GENERATED, 'schema.json')]: stableJson(jsonSchema(), 1),
    [path.join(GENERATED, 'indicators.json')]: stableJson(indicatorData, 1),
    // A byte-order mark so that spreadsheets read the file as UTF-8.
    [path.join(GENERATED, 'indicators.csv')]: '\ufeff' + indicatorsCsv(indicatorData)
  }
  const projectBuild = buildProjects(tree, dir, mdFile)
  Object.assign(files, projectBuild.files)
  diagnostics.push(...projectBuild.diagnostics)
  // Project IDs are promises too: their own manifest, the same policy (a withdrawn project needs a redirect saying why).
  const projectIds = projectBuild.projects.map((p) => p.id)
  const projectManifestFile = path.join(dir, 'project-ids.txt')
  const projectManifest = readManifest(projectManifestFile)
  diagnostics.push(...checkIds(projectManifest, new Set(projectIds), projectRedirects, projectManifestFile, redirectsFile))
  listNewIds(ids, manifest, manifestFile, options.updateManifest, files, diagnostics)
  listNewIds(projectIds, projectManifest, projectManifestFile, options.updateManifest, files, diagnostics)
  const count = (t: string) => countType(tree, t)
  return {
    files,
    diagnostics,
    summary: `${mdFile}: ${ids.length} nodes, ${count('chapter')} chapters, ${count('section')} sections, ${count('box')} boxes, ${count('table')} tables, ${count('indicator')} indicator rows, ${count('measure')} measures, ${projectBuild.projects.length} projects`
  }
}

function countType(root: PlanNode, type: string): number {
  let n = 0
  const walk = (x: PlanNode) => {
    if (x.type === type) n++
    if ('children' in x) for (const c of x.children as PlanNode[]) walk(c)
  }
  walk(root)
  return n
}
