/**
 * Every data file the build makes, in one table, each in the form(s) it
 * takes:
 *
 * - `module`: the copy committed to src/generated, for the files src/
 *   imports (bundled as modules: nothing is read from disk at run time).
 *   Laid out for review (./stable-json.ts), so that a one-word fix in the
 *   corpus is a one-line diff in each file it touches.
 * - `shipped`: what the package ships as dist/data/<name>, compact (the
 *   bytes consumers have). The built entries load the JSON modules from
 *   there (tsup.config.ts), so the data ships once; package.json does not
 *   export those (a consumer's import would be the library's own instance).
 *
 * The modules are cut by domain (src/data/split.ts), one file per thing a
 * consumer may want alone, so that a bundle or a Node process loads only the
 * domains it queries: the tree's text, its tables (the indicators), the
 * outline, the projects with the vocabulary and the gazetteer, where the
 * text names each project (for the renderer), the redirects, and the
 * search's folding table (code, not a data file).
 *
 * A file only shipped (schema.json, the CSVs, indicators.json) has no
 * module: nothing in src/ reads it, so it is not committed.
 */
import type { Plan, PlanNode } from '../../src/schema/plan.js'
import type { Gazetteer, Project, SectorsFile } from '../../src/schema/project.js'
import type { Redirect } from '../../src/schema/redirects.js'
import { BOM } from '../../src/export/csv.js'
import { allIndicators, indicatorRecords, indicatorsCsv } from '../../src/export/indicators.js'
import { outlineOf } from '../../src/export/outline.js'
import { projectsCsv } from '../../src/export/projects.js'
import { nodeText } from '../../src/util/text.js'
import { nodes } from '../../src/util/visit.js'
import { jsonSchema } from './json-schema.js'
import { projectMentions, splitTables } from '../../src/data/split.js'
import { LISTS, TREE, records, reviewJson, stableJson, type Layout } from './stable-json.js'
import { t2sModule } from './t2s.js'

export interface DataFile {
  /** The file's name in src/generated and in dist/data. */
  readonly name: string
  /** src/generated/<name>, when src/ imports it. */
  readonly module?: string
  /** dist/data/<name>, when the package ships it as a file. */
  readonly shipped?: string
}

export interface DataInput {
  readonly tree: Plan
  readonly redirects: Readonly<Record<string, Redirect>>
  readonly projects: readonly Project[]
  readonly sectors: SectorsFile
  readonly gazetteer: Gazetteer
}

/** indicators.json and indicators.csv: one record per indicator row (src/export/indicators.ts documents the columns). */
export function indicatorFiles(tree: Plan): DataFile[] {
  const byId = new Map(nodes<PlanNode>(tree).map((n) => [n.id, n]))
  const data = indicatorRecords(allIndicators(tree), (id) => byId.get(id))
  return [
    { name: 'indicators.json', shipped: stableJson(data, 1) },
    { name: 'indicators.csv', shipped: BOM + indicatorsCsv(data) }
  ]
}

/** A list of tree nodes: one line per node at the top, each laid out as a tree. */
const NODES: Layout = (v, level) => (level === 0 ? 'open' : TREE(v, level))

export function dataFiles({ tree, redirects, projects, sectors, gazetteer }: DataInput): DataFile[] {
  const outline = outlineOf(tree)
  const { text, tables } = splitTables(tree)
  const mentions = projectMentions(projects)
  return [
    // The tree, each table a stub {id, type}, and the tables whole: tree() joins them, indicators() needs only the tables.
    { name: 'plan.json', module: reviewJson(text, TREE), shipped: stableJson(text) },
    { name: 'tables.json', module: reviewJson(tables, NODES), shipped: stableJson(tables) },
    { name: 'outline.json', module: reviewJson(outline, LISTS), shipped: stableJson(outline) },
    { name: 'redirects.json', module: reviewJson(redirects, records(1)), shipped: stableJson(redirects, 1) },
    // search() folds traditional characters with it; bundled into the code, not a data file.
    { name: 't2s.ts', module: t2sModule(nodeText(tree)) },
    { name: 'projects.json', module: reviewJson(projects, records(2)), shipped: stableJson(projects) },
    // What the renderer reads of the projects (their IDs and where they stand), so that rendering loads no project.
    { name: 'mentions.json', module: reviewJson(mentions, records(1)), shipped: stableJson(mentions) },
    // The vocabulary and the gazetteer ship as data too: the runtime's indexes and places() need them.
    { name: 'sectors.json', module: reviewJson(sectors, records(2)), shipped: stableJson(sectors) },
    { name: 'gazetteer.json', module: reviewJson(gazetteer, records(2)), shipped: stableJson(gazetteer) },
    { name: 'projects.csv', shipped: BOM + projectsCsv(projects) },
    ...indicatorFiles(tree),
    { name: 'schema.json', shipped: stableJson(jsonSchema(), 1) }
  ]
}
