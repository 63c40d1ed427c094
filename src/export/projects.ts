/**
 * The flat exports of the projects, for tools that do not speak JavaScript:
 * projects.csv (one row per project, document order) and project-ties.csv
 * (one row per tie, projects in document order). Every slug has its Chinese
 * label beside it (kind, sectors, places, relation, how), every fact its
 * quote, and a 专栏 is written `专栏 4-3`, never a bare `4-3` a spreadsheet
 * would read as a date. Each column is documented where it is defined; the
 * data dictionary is written from these definitions.
 */
import type { Outline } from './outline.js'
import type { Place, Project, SectorInfo, Tie } from '../schema/project.js'
import { describeTie, namesFor, type NameOf } from '../query/projects.js'
import { HOW_LABELS, KIND_LABELS, RELATION_LABELS, zhOf } from './labels.js'
import { joinList, toCsv, type Column, type CsvOptions } from './csv.js'

/** A box as the exports name it. */
export interface BoxHeading {
  readonly id: string
  /** `4-3` */
  readonly number: string
  /** `专栏 4-3` */
  readonly label: string
  readonly title: string
}

/** What the project tables read beside the projects: the sector vocabulary, the gazetteer, the headings of chapters, sections and boxes. */
export interface ProjectContext {
  readonly sectors: readonly SectorInfo[]
  readonly places: readonly Place[]
  readonly outline: Pick<Outline, 'chapters'>
  readonly boxes: readonly BoxHeading[]
  /** Every project, for the names in tie chains (default: the projects written). */
  readonly all?: readonly Project[]
}

/** Lookups made once per table. */
interface Names {
  sector: (id: string) => string
  place: (id: string) => string
  heading: (id: string | undefined) => string | undefined
  box: (number: string | undefined) => BoxHeading | undefined
  chain: NameOf
}

function namesOf(context: ProjectContext, projects: readonly Project[]): Names {
  const sectors = new Map(context.sectors.map((s) => [s.id, s.zh]))
  const places = new Map(context.places.map((p) => [p.id, p.name]))
  const headings = new Map<string, string>()
  for (const c of context.outline.chapters) {
    headings.set(c.id, `${c.label} ${c.title}`)
    for (const s of c.sections) headings.set(s.id, `${s.label} ${s.title}`)
  }
  const boxes = new Map(context.boxes.map((b) => [b.number, b]))
  return {
    sector: (id) => sectors.get(id) ?? id,
    place: (id) => places.get(id) ?? id,
    heading: (id) => (id === undefined ? undefined : headings.get(id)),
    box: (number) => (number === undefined ? undefined : boxes.get(number)),
    chain: namesFor(context.all ?? projects, context.places)
  }
}

interface ProjectLine {
  readonly p: Project
  readonly names: Names
}

const canonical = (p: Project) => p.mentions[0]!

export const PROJECT_COLUMNS: ReadonlyArray<Column<ProjectLine>> = [
  { name: 'id', description: 'The project\'s ID, stable across versions (a 专栏 item\'s `box_4-1__item_2__prj`; a named project\'s `<node>__prj_<key>`).', value: ({ p }) => p.id },
  { name: 'kind', description: '`box-item`, `named` or `direction` (see Project kinds).', value: ({ p }) => p.kind },
  { name: 'kind_zh', description: 'The kind\'s Chinese label.', value: ({ p }) => zhOf(KIND_LABELS, p.kind) },
  { name: 'name', description: 'The canonical name: the 专栏 item\'s title, else the first mention\'s name.', value: ({ p }) => p.name },
  { name: 'aliases', description: 'The other names the text gives it, `;`-joined.', value: ({ p }) => joinList(p.aliases) },
  { name: 'mentions', description: 'How many places the text names it.', value: ({ p }) => p.mentions.length },
  { name: 'raw', description: 'The canonical mention as printed.', value: ({ p }) => p.raw },
  { name: 'quote', description: 'The sentence (or 专栏 item text) the canonical mention stands in: the evidence.', value: ({ p }) => canonical(p).sentence.quote },
  { name: 'node_id', description: 'The node whose text names it (canonical mention).', value: ({ p }) => p.at.nodeId },
  { name: 'start', description: 'Where the name starts in that node\'s text (0-based, in UTF-16 code units as JavaScript counts).', value: ({ p }) => p.at.start },
  { name: 'end', description: 'Where it ends (exclusive).', value: ({ p }) => p.at.end },
  { name: 'chapter', description: 'The chapter\'s ID (`chp_4`).', value: ({ p }) => p.chapter },
  { name: 'chapter_title', description: 'The chapter as printed (`第四章 …`).', value: ({ p, names }) => names.heading(p.chapter) },
  { name: 'section', description: 'The section\'s ID (`chp_4__sec_3`); blank outside a section.', value: ({ p }) => p.section },
  { name: 'section_title', description: 'The section as printed (`第三节 …`).', value: ({ p, names }) => names.heading(p.section) },
  { name: 'box', description: 'The 专栏 it stands in, as printed (`专栏 4-3`: with its 专栏, so that a spreadsheet does not read 4-3 as a date); blank outside a 专栏.', value: ({ p, names }) => names.box(p.box)?.label ?? (p.box && `专栏 ${p.box}`) },
  { name: 'box_id', description: 'That 专栏\'s node ID (`box_4-3`).', value: ({ p, names }) => names.box(p.box)?.id },
  { name: 'box_title', description: 'That 专栏\'s title.', value: ({ p, names }) => names.box(p.box)?.title },
  { name: 'main_sector', description: 'The main sector\'s ID (see Sectors); blank when none.', value: ({ p }) => p.sectors[0] },
  { name: 'main_sector_zh', description: 'Its Chinese label.', value: ({ p, names }) => p.sectors[0] && names.sector(p.sectors[0]) },
  { name: 'main_sector_words', description: 'The words of the sector vocabulary that gave the main sector, `;`-joined.', value: ({ p }) => joinList([...new Set(p.sectorEvidence[0]?.clauses.flatMap((c) => c.words) ?? [])]) },
  { name: 'sectors', description: 'Every sector ID, main first, `;`-joined.', value: ({ p }) => joinList(p.sectors) },
  { name: 'sectors_zh', description: 'Their Chinese labels, in the same order.', value: ({ p, names }) => joinList(p.sectors.map(names.sector)) },
  { name: 'places', description: 'The gazetteer place IDs its mentions\' sentences, items or headings name, `;`-joined.', value: ({ p }) => joinList(p.places) },
  { name: 'place_names', description: 'Their names, in the same order.', value: ({ p, names }) => joinList(p.places.map(names.place)) },
  { name: 'ties', description: 'Its ties to places, each `place:relation:how`, `;`-joined (project-ties.csv has one row a tie, with its evidence).', value: ({ p }) => joinList(p.ties.map((t) => `${t.to}:${t.relation}:${t.how}`)) },
  { name: 'tied_to', description: 'The place IDs of the ties, `;`-joined.', value: ({ p }) => joinList(p.ties.map((t) => t.to)) },
  { name: 'tied_to_names', description: 'Their names, in the same order.', value: ({ p, names }) => joinList(p.ties.map((t) => names.place(t.to))) }
]

/** The names of projects.csv's columns, in order. */
export const PROJECT_CSV_COLUMNS = PROJECT_COLUMNS.map((c) => c.name)

export function projectsCsv(projects: readonly Project[], context: ProjectContext, options?: CsvOptions): string {
  const names = namesOf(context, projects)
  return toCsv(PROJECT_COLUMNS, projects.map((p) => ({ p, names })), options)
}

interface TieLine {
  readonly p: Project
  readonly t: Tie
  readonly names: Names
}

const first = (t: Tie) => t.chain[0]!.evidence
const last = (t: Tie) => t.chain[t.chain.length - 1]!.evidence

export const TIE_COLUMNS: ReadonlyArray<Column<TieLine>> = [
  { name: 'project', description: 'The project\'s ID (a row of projects.csv).', value: ({ p }) => p.id },
  { name: 'project_name', description: 'Its name.', value: ({ p }) => p.name },
  { name: 'place', description: 'The gazetteer ID of the place it is tied to.', value: ({ t }) => t.to },
  { name: 'place_name', description: 'The place\'s name in the gazetteer.', value: ({ t, names }) => names.place(t.to) },
  { name: 'relation', description: '`located-in`, `part-of`, `served-by` or `partner`: what the tie means (see Tie relations).', value: ({ t }) => t.relation },
  { name: 'relation_zh', description: 'The relation\'s Chinese label.', value: ({ t }) => zhOf(RELATION_LABELS, t.relation) },
  { name: 'how', description: '`direct`, `context` or `transitive`: how the text shows it (see How a tie is known).', value: ({ t }) => t.how },
  { name: 'how_zh', description: 'Its Chinese label.', value: ({ t }) => zhOf(HOW_LABELS, t.how) },
  { name: 'mention', description: 'The ID of the mention whose text gave the tie.', value: ({ p, t }) => p.mentions[t.mention]?.id },
  { name: 'links', description: 'How many links the chain has (1 for a direct or context tie).', value: ({ t }) => t.chain.length },
  { name: 'chain', description: 'Every link as text: `A is in B («quote», node start–end) → …`, as `huozhou-plan show <project>` prints it.', value: ({ t, names }) => describeTie(t, names.chain) },
  { name: 'quote', description: 'The first link\'s evidence: what the project\'s own text says.', value: ({ t }) => first(t).quote },
  { name: 'node_id', description: 'The node that quote is from.', value: ({ t }) => first(t).nodeId },
  { name: 'start', description: 'Where the quote starts in that node\'s text.', value: ({ t }) => first(t).start },
  { name: 'end', description: 'Where it ends (exclusive).', value: ({ t }) => first(t).end },
  { name: 'place_quote', description: 'The last link\'s evidence: the quote that names the place.', value: ({ t }) => last(t).quote },
  { name: 'place_node_id', description: 'The node that quote is from.', value: ({ t }) => last(t).nodeId },
  { name: 'place_start', description: 'Where it starts.', value: ({ t }) => last(t).start },
  { name: 'place_end', description: 'Where it ends (exclusive).', value: ({ t }) => last(t).end }
]

/** The names of project-ties.csv's columns, in order. */
export const TIE_CSV_COLUMNS = TIE_COLUMNS.map((c) => c.name)

/** One row per tie of `projects`. */
export function projectTiesCsv(projects: readonly Project[], context: ProjectContext, options?: CsvOptions): string {
  const names = namesOf(context, projects)
  return toCsv(TIE_COLUMNS, projects.flatMap((p) => p.ties.map((t) => ({ p, t, names }))), options)
}
