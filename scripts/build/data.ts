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
import type { IndicatorCategory } from '../../src/schema/categories.js'
import type { Box, Plan, PlanNode, Table } from '../../src/schema/plan.js'
import type { Gazetteer, Project, SectorsFile } from '../../src/schema/project.js'
import type { Redirect } from '../../src/schema/redirects.js'
import { allIndicators, indicatorRecords, indicatorsWideCsv, indicatorValuesCsv } from '../../src/export/indicators.js'
import { outlineOf } from '../../src/export/outline.js'
import { projectsCsv, projectTiesCsv, type ProjectContext } from '../../src/export/projects.js'
import { dataDictionary, type DictionaryInput } from './dictionary.js'
import { nodeText } from '../../src/util/text.js'
import { nodes } from '../../src/util/visit.js'
import { jsonSchema } from './json-schema.js'
import { projectMentions, splitTables } from '../../src/data/split.js'
import { LISTS, PROJECTS, TREE, records, reviewJson, stableJson, type Layout } from './stable-json.js'
import { t2sModule } from './t2s.js'
import { typesModule } from './types.js'

export interface DataFile {
  /** The file's name in src/generated and in dist/data. */
  readonly name: string
  /** src/generated/<name>, when src/ imports it. */
  readonly module?: string
  /** dist/data/<name>, when the package ships it as a file. */
  readonly shipped?: string
  /** What a shipped file holds, for its reader: the data dictionary (dist/data/README.md) lists it with this. */
  readonly description?: string
}

export interface DataInput {
  readonly tree: Plan
  readonly redirects: Readonly<Record<string, Redirect>>
  readonly projects: readonly Project[]
  readonly sectors: SectorsFile
  readonly gazetteer: Gazetteer
  /** The indicator category vocabulary (corpus/<plan>/indicator-categories.json). */
  readonly categories: readonly IndicatorCategory[]
}

/**
 * The indicator files (src/export/indicators.ts documents their columns): indicators.json (one record per row,
 * every cell typed), a wide sheet per table (indicators-1-1.csv …: the table's own columns) and the long table
 * indicator-values.csv (one row per printed cell, every qualifier kept).
 */
export function indicatorFiles(tree: Plan, categories: readonly IndicatorCategory[]): DataFile[] {
  const byId = new Map(nodes<PlanNode>(tree).map((n) => [n.id, n]))
  const data = indicatorRecords(allIndicators(tree), (id) => byId.get(id))
  const tables = nodes<PlanNode, Table>(tree, (n): n is Table => n.type === 'table')
  const context = { tables, categories }
  return [
    { name: 'indicators.json', shipped: stableJson(data, 1), description: 'One record per indicator row of both tables, every cell typed (`values`: number, comparator, 左右, [累计], %, marks, qualifier, raw), as `indicators()` gives them.' },
    ...tables.map((t) => ({
      name: `indicators-${t.number}.csv`,
      shipped: indicatorsWideCsv(data.filter((r) => r.table === t.number), t, context),
      description: `${t.label} (${t.period ?? t.title}), wide: one row per indicator, the table's own columns as printed, each beside its bare figure.`
    })),
    { name: 'indicator-values.csv', shipped: indicatorValuesCsv(data, context), description: 'Both tables, long: one row per printed cell (one per figure of a cell printing several), with every qualifier in its own column. Parsed back, it gives every indicator\'s values.' }
  ]
}

/** A list of tree nodes: one line per node at the top, each laid out as a tree. */
const NODES: Layout = (v, level) => (level === 0 ? 'open' : TREE(v, level))

export function dataFiles({ tree, redirects, projects, sectors, gazetteer, categories }: DataInput): DataFile[] {
  const outline = outlineOf(tree)
  const boxes = nodes<PlanNode, Box>(tree, (n): n is Box => n.type === 'box')
  const names: ProjectContext = { sectors: sectors.sectors, places: gazetteer.places, outline, boxes }
  const { text, tables } = splitTables(tree)
  const mentions = projectMentions(projects)
  const files: DataFile[] = [
    // The tree, each table a stub {id, type}, and the tables whole: tree() joins them, indicators() needs only the tables.
    { name: 'plan.json', module: reviewJson(text, TREE), shipped: stableJson(text), description: 'The plan tree (a unist tree) without its tables: each table stands as {"id", "type": "table"}; tables.json holds them whole.' },
    { name: 'tables.json', module: reviewJson(tables, NODES), shipped: stableJson(tables), description: 'The plan\'s tables (表 1-1, 表 2-1) as tree nodes, in document order: header, group rows, indicator rows with typed values, notes.' },
    { name: 'outline.json', module: reviewJson(outline, LISTS), shipped: stableJson(outline) },
    { name: 'redirects.json', module: reviewJson(redirects, records(1)), shipped: stableJson(redirects, 1) },
    // search() folds traditional characters with it; bundled into the code, not a data file.
    { name: 't2s.ts', module: t2sModule(nodeText(tree)) },
    // The data as literal types (table columns, sectors, places, node IDs …) that the public types are narrowed with.
    { name: 'types.ts', module: typesModule({ tree, sectors, gazetteer, categories }) },
    { name: 'projects.json', module: reviewJson(projects, PROJECTS), shipped: stableJson(projects) },
    // What the renderer reads of the projects (their IDs and where they stand), so that rendering loads no project.
    { name: 'mentions.json', module: reviewJson(mentions, records(1)), shipped: stableJson(mentions), description: 'Each project\'s ID and every place the text names it (node, offsets, the mention\'s anchor ID): what the renderers read.' },
    // The vocabulary and the gazetteer ship as data too: the runtime's indexes and places() need them.
    { name: 'sectors.json', module: reviewJson(sectors, records(2)), shipped: stableJson(sectors) },
    { name: 'gazetteer.json', module: reviewJson(gazetteer, records(2)), shipped: stableJson(gazetteer) },
    { name: 'projects.csv', shipped: projectsCsv(projects, names), description: 'One row per project: its names, where the text names it with the quote, chapter, section and 专栏 with their titles, sectors and places with their Chinese names, ties.' },
    // One row per tie, with its chain and the quotes it rests on.
    { name: 'project-ties.csv', shipped: projectTiesCsv(projects, names), description: 'One row per tie of a project to a place: what it means and how the text shows it (with Chinese labels), the chain of links as text, the quote of the project\'s own text and the quote that names the place.' },
    ...indicatorFiles(tree, categories),
    // The vocabulary the indicator exports' category columns use, with the printed titles it stands for.
    { name: 'indicator-categories.json', module: reviewJson({ categories }, records(2)), shipped: stableJson({ categories }), description: 'The indicator category vocabulary shared by both tables: id, zh, en, the printed group titles it stands for, a note.' },
    { name: 'schema.json', shipped: stableJson(jsonSchema(), 1) }
  ]
  // What each file holds and what each column means, written from the files' rows and the columns' own descriptions.
  return [...files, { name: 'README.md', shipped: dataDictionary(dictionaryInput({ tree, sectors, categories }, files), { title: true }) }]
}

/** What the data dictionary is written from: the data files' rows, the tables, the vocabularies. */
export function dictionaryInput({ tree, sectors, categories }: Pick<DataInput, 'tree' | 'sectors' | 'categories'>, files: readonly DataFile[]): DictionaryInput {
  return { files, tables: nodes<PlanNode, Table>(tree, (n): n is Table => n.type === 'table'), categories, sectors: sectors.sectors }
}
