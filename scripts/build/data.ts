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
 *   there too (tsup.config.ts), so the data ships once.
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
import { projectsCsv, projectTiesCsv } from '../../src/export/projects.js'
import { nodeText } from '../../src/util/text.js'
import { nodes } from '../../src/util/visit.js'
import { jsonSchema } from './json-schema.js'
import { LISTS, PROJECTS, TREE, records, reviewJson, stableJson } from './stable-json.js'
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

export function dataFiles({ tree, redirects, projects, sectors, gazetteer }: DataInput): DataFile[] {
  const outline = outlineOf(tree)
  return [
    { name: 'plan.json', module: reviewJson(tree, TREE), shipped: stableJson(tree) },
    { name: 'outline.json', module: reviewJson(outline, LISTS), shipped: stableJson(outline) },
    { name: 'redirects.json', module: reviewJson(redirects, records(1)), shipped: stableJson(redirects, 1) },
    // search() folds traditional characters with it; bundled into the code, not a data file.
    { name: 't2s.ts', module: t2sModule(nodeText(tree)) },
    { name: 'projects.json', module: reviewJson(projects, PROJECTS), shipped: stableJson(projects) },
    // The vocabulary and the gazetteer ship as data too: the runtime's indexes and places() need them.
    { name: 'sectors.json', module: reviewJson(sectors, records(2)), shipped: stableJson(sectors) },
    { name: 'gazetteer.json', module: reviewJson(gazetteer, records(2)), shipped: stableJson(gazetteer) },
    { name: 'projects.csv', shipped: BOM + projectsCsv(projects) },
    // One row per tie, with its chain and the quotes it rests on.
    { name: 'project-ties.csv', shipped: BOM + projectTiesCsv(projects, gazetteer.places) },
    ...indicatorFiles(tree),
    { name: 'schema.json', shipped: stableJson(jsonSchema(), 1) }
  ]
}
