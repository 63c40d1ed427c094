/**
 * The data dictionary: what each shipped file holds and what each CSV
 * column means, written from the one list of data files (./data.ts, whose
 * rows carry their descriptions) and the columns' own definitions
 * (src/export: each column has its description beside the code that fills
 * it), never written by hand twice. The build ships it as
 * dist/data/README.md; the package README's section "For analysts: the data
 * files" holds the same text between two markers, and test/dictionary.test.ts
 * fails when it differs.
 * (scripts/build/write-dictionary.ts rewrites that section).
 */
import type { IndicatorCategory } from '../../src/schema/categories.js'
import type { Table } from '../../src/schema/plan.js'
import type { SectorInfo } from '../../src/schema/project.js'
import type { Column } from '../../src/export/csv.js'
import { INDICATOR_ROW_COLUMNS, INDICATOR_VALUE_COLUMNS, valueColumns, wideValueColumns } from '../../src/export/indicators.js'
import { HOW_LABELS, KIND_LABELS, RELATION_LABELS, type Label } from '../../src/export/labels.js'
import { PROJECT_COLUMNS, TIE_COLUMNS } from '../../src/export/projects.js'

export interface DictionaryInput {
  /** The build's data files (./data.ts): the shipped ones are listed with their descriptions. */
  readonly files: ReadonlyArray<{ readonly name: string; readonly shipped?: string; readonly description?: string }>
  readonly tables: readonly Table[]
  readonly categories: readonly IndicatorCategory[]
  readonly sectors: readonly SectorInfo[]
}

export interface DictionaryOptions {
  /** The standalone file (dist/data/README.md): a title, the sections one level below it, and the provenance. */
  readonly title?: boolean
}

/**
 * What the files whose rows carry no description of their own hold (the JSON the library's own queries read:
 * their shapes are the package's types, documented in its README's API section).
 */
const JSON_FILES: Readonly<Record<string, string>> = {
  'outline.json': 'The chapters and sections with their IDs, labels, titles and the 目录\'s page numbers.',
  'projects.json': 'Every project with every mention, sector, place and tie, each fact with its evidence (what projects.csv and project-ties.csv flatten).',
  'sectors.json': 'The sector vocabulary: ID, Chinese and English labels, GB/T 4754-2017 门类 codes, keywords.',
  'gazetteer.json': 'The places (towns, townships, the 开发区, parks …) with their kinds, aliases and facilities.',
  'redirects.json': 'Retired IDs and where they went (`moved`, `split`, `withdrawn`).',
  'schema.json': 'JSON Schema of plan.json, generated from the library\'s zod schemas.'
}

/** The package's home page, where the source document's status is stated in full. */
const HOME = 'https://github.com/huozhou-plan/plan#the-source-document'

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const table = (header: readonly string[], rows: ReadonlyArray<readonly string[]>) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n')
const columnTable = (columns: ReadonlyArray<Column<never>>) => table(['column', 'meaning'], columns.map((c) => [`\`${c.name}\``, c.description]))
const labelTable = (labels: ReadonlyMap<string, Label>) => table(['value', '中文', 'meaning'], [...labels].map(([slug, l]) => [`\`${slug}\``, l.zh, l.description]))

/** The dictionary as Markdown. */
export function dataDictionary(input: DictionaryInput, options: DictionaryOptions = {}): string {
  const h = (text: string) => `${'#'.repeat(options.title ? 2 : 3)} ${text}`
  const shipped = input.files.filter((f) => f.shipped !== undefined && f.name !== 'README.md')
  const wide = shipped.filter((f) => /^indicators-.+\.csv$/.test(f.name)).map((f) => `\`${f.name}\``)
  const latest = input.tables.at(-1)?.period
  const printedIn = (title: string) => input.tables.filter((t) => t.children.some((c) => c.type === 'tableGroup' && c.title === title)).map((t) => t.label)
  const parts: string[] = []
  if (options.title)
    parts.push(
      '# @huozhou/plan: the data files',
      'The Huozhou 14th Five-Year Plan outline (霍政发〔2021〕7号) as data, for spreadsheets, R, Python and any tool that reads CSV or JSON. This file is written by the build from the same definitions that write the files; the package README has it too.'
    )
  parts.push(
    h('Where they are'),
    'In the installed package, `node_modules/@huozhou/plan/dist/data/` (after `npm install @huozhou/plan`). Without installing it, `npx @huozhou/plan export <file> -o <file>` writes a copy, byte for byte the shipped file, and `npx @huozhou/plan export --list` prints where each file is.',
    table(['file', 'what it holds'], shipped.map((f) => [`\`${f.name}\``, f.description ?? JSON_FILES[f.name] ?? ''])),
    h('Conventions'),
    [
      '* CSV: RFC 4180, UTF-8 **with a byte-order mark** (so that Excel reads the Han text as UTF-8), CRLF line ends, a header row. The CLI writes the same (`--no-bom` drops the mark).',
      '* A blank field means not applicable or not printed; `true` / `false` for yes/no columns; lists in one field are `;`-joined.',
      '* Numbers are written with a `.` decimal point and no thousands separator. The figure columns hold numbers only; the printed text is always in a column of its own (`raw`, or the column named as the table prints it).',
      '* Nothing a spreadsheet would turn into a date: a table is written `表 1-1` and a 专栏 `专栏 4-3` (never a bare `1-1` or `4-3`), and IDs carry a prefix (`table_1-1`, `box_4-3`). Excel does read a printed cell such as `7%` as the percentage 0.07, shown as 7%: compute with the `number` column (7, with `percent` true) instead.',
      '* IDs (`indicator`, `id`, `project`, `node_id` …) are stable across versions: join on them.'
    ].join('\n'),
    h('Reading them'),
    [
      '```python',
      'import csv',
      "with open('indicator-values.csv', encoding='utf-8-sig', newline='') as f:  # utf-8-sig drops the byte-order mark",
      '    rows = list(csv.DictReader(f))',
      "# pandas: pd.read_csv('indicator-values.csv', encoding='utf-8-sig')",
      '```',
      '',
      '```r',
      'values <- read.csv("indicator-values.csv", fileEncoding = "UTF-8-BOM")  # or readr::read_csv(), which drops the mark itself',
      '```',
      '',
      'Excel: open the file (the byte-order mark tells Excel it is UTF-8), or Data → From Text/CSV. On Windows, write files with `-o <file>` rather than `>`: PowerShell 5 re-encodes what a program prints.'
    ].join('\n'),
    h('The tables'),
    table(
      ['table', 'period', 'title', 'value columns (the header spanning them)'],
      input.tables.map((t) => [t.label, t.period ?? '', t.title, valueColumns(t).map((c) => `\`${c.name}\`${c.group ? ` (${c.group})` : ''}`).join(', ')])
    ),
    h('indicator-values.csv'),
    `Every table, one row per printed cell; a cell printing several figures (\`1.85 (常住) 1.67 (户籍)\`) has a row per figure, an empty cell none.${latest ? ` Filter \`period\` to ${latest} for the targets of the plan's own period.` : ''}`,
    columnTable(INDICATOR_VALUE_COLUMNS as ReadonlyArray<Column<never>>),
    h(wide.join(', ') || 'Wide sheets'),
    `One table a file, one row per indicator: the row columns of indicator-values.csv (${INDICATOR_ROW_COLUMNS.map((c) => `\`${c.name}\``).join(', ')}), then for each value column of its table (see The tables), the cell as printed and \`<column> (number)\`.`,
    columnTable(wideValueColumns({ name: '<column>' }) as ReadonlyArray<Column<never>>),
    h('projects.csv'),
    columnTable(PROJECT_COLUMNS as ReadonlyArray<Column<never>>),
    h('project-ties.csv'),
    columnTable(TIE_COLUMNS as ReadonlyArray<Column<never>>),
    h('Categories'),
    'The `category` of an indicator row: one vocabulary for both tables, which title their groups differently (the printed title stays in `category_printed`).',
    table(
      ['category', '中文', 'English', 'printed as', 'note'],
      input.categories.map((c) => [`\`${c.id}\``, c.zh, c.en, c.printed.map((p) => `${p} (${printedIn(p).join(', ')})`).join('; '), c.note ?? ''])
    ),
    h('Project kinds'),
    labelTable(KIND_LABELS),
    h('Tie relations'),
    labelTable(RELATION_LABELS),
    h('How a tie is known'),
    labelTable(HOW_LABELS),
    h('Sectors'),
    'A project\'s `main_sector` and `sectors`; the CLI\'s `--sector` takes the ID or the Chinese label.',
    table(['sector', '中文', 'English', 'GB/T 4754-2017 门类'], input.sectors.map((s) => [`\`${s.id}\``, s.zh, s.en, s.gbt4754.join(', ')]))
  )
  if (options.title)
    parts.push(
      h('The source document'),
      `The plan is an official document of 霍州市人民政府 (霍政发〔2021〕7号, issued 9 October 2021, marked 此件公开发布). The text is reproduced as issued, corrected only where the PDF extraction garbled it; those corrections (errata), the structure, the extracted projects, sectors and ties and these files are the package's work, not the government's, and carry no official standing. See ${HOME}.`
    )
  return parts.join('\n\n') + '\n'
}

/** The README section between these markers is the dictionary. */
export const README_START = '<!-- data-dictionary: written by scripts/build/write-dictionary.ts from the build\'s files and columns; do not edit -->'
export const README_END = '<!-- /data-dictionary -->'

/** The README with its dictionary section replaced by `dictionary`; an error when the markers are missing. */
export function withDictionary(readme: string, dictionary: string): string {
  const start = readme.indexOf(README_START)
  const end = readme.indexOf(README_END)
  if (start < 0 || end < start) throw new Error(`README.md has no dictionary section: put ${README_START} and ${README_END} where it goes`)
  return readme.slice(0, start + README_START.length) + '\n\n' + dictionary + '\n' + readme.slice(end)
}

/** The dictionary section of a README, as written between the markers. */
export function dictionaryIn(readme: string): string | undefined {
  const start = readme.indexOf(README_START)
  const end = readme.indexOf(README_END)
  return start < 0 || end < start ? undefined : readme.slice(start + README_START.length, end).replace(/^\n\n/, '').replace(/\n$/, '')
}
