/**
 * `huozhou-plan projects [filters] [--json | --csv [--no-bom]] [-o <file>]`:
 * the projects of the plan (专栏 items and projects named in the text),
 * filtered.
 *
 * Filters, each passed to the library's `projects(filter)`: --tied-to,
 * --sector, --main-sector, --place, --kind, --relation, --how, --chapter,
 * --box, --text, and the flag --no-directions (`directions: false`: without
 * the 专栏 items that name an industry direction). A sector or place goes by
 * its ID or a Chinese name the library knows; a kind, relation or how by its
 * slug or Chinese label (`位于` is `located-in`), and "did you mean" looks
 * among the labels too. `--kind direction` with --no-directions asks for
 * nothing and is a usage error, as other flags that contradict each other.
 * Output: a table (id, kind, name, sectors in Chinese, ties with place,
 * relation and how) and the count; --json: the projects; --csv: the
 * library's projects CSV.
 */
import { quote } from '../../errors.js'
import { HOW_LABELS, KIND_LABELS, RELATION_LABELS, type Label } from '../../export/labels.js'
import { projectsCsv, type ProjectContext } from '../../export/projects.js'
import { boxes, outline, places, projects, sectors, type ProjectFilter } from '../../index.js'
import { sectorNames } from '../../query/projects.js'
import { UsageError } from '../args.js'
import type { Command } from '../command.js'
import { filterArguments, filterOf } from '../filter.js'
import { csvOptions, FORMATS, json } from '../formats.js'
import { flag, options, value } from '../options.js'
import { EXIT } from '../output.js'
import { table } from '../table.js'

/** CLI option -> filter key, in the order the usage lists them. */
const FILTERS = new Map([['tied-to', 'tiedTo'], ['sector', 'sector'], ['main-sector', 'mainSector'], ['place', 'place'], ['kind', 'kind'], ['relation', 'relation'], ['how', 'how'], ['chapter', 'chapter'], ['box', 'box'], ['text', 'text']])

/** The slug a Chinese label stands for (`位于` -> `located-in`), or the value as given. */
function slugOf(labels: ReadonlyMap<string, Label>, typed: string): string {
  for (const [slug, label] of labels) if (label.zh === typed) return slug
  return typed
}
const zhLabels = (labels: ReadonlyMap<string, Label>) => () => [...labels.values()].map((l) => l.zh)

const projectContext = (): ProjectContext => ({ sectors: sectors(), places: places(), outline: outline(), boxes: boxes(), all: projects() })

export const projectsCommand: Command = {
  summary: 'box items and named projects, by tie, sector, place, kind, chapter, box',
  usage: 'huozhou-plan projects [--tied-to <place>] [--sector <sector>] [--main-sector <sector>] [--place <place>] [--kind box-item|named|direction] [--no-directions] [--relation located-in|part-of|served-by|partner] [--how direct|context|transitive] [--chapter chp_4] [--box 4-3] [--text …] [--json | --csv [--no-bom]] [-o <file>]  (a sector, place, kind, relation or how by its ID or Chinese name; --no-directions leaves out the 专栏 items that name an industry direction, kind direction)',
  options: options({ 'tied-to': value(), sector: value(), 'main-sector': value(), place: value(), kind: value(), 'no-directions': flag, relation: value(), how: value(), chapter: value(), box: value(), text: value(), json: flag, csv: flag, 'no-bom': flag }),
  exclusive: FORMATS,
  positionals: [0, 0],
  argumentNames: filterArguments(FILTERS),
  alsoAllowed: new Map<string, () => Iterable<string>>([
    ['sector', () => sectors().flatMap(sectorNames)],
    ['main-sector', () => sectors().flatMap(sectorNames)],
    ['tied-to', () => places().flatMap((p) => [p.name, ...p.aliases])],
    ['place', () => places().flatMap((p) => [p.name, ...p.aliases])],
    ['kind', zhLabels(KIND_LABELS)],
    ['relation', zhLabels(RELATION_LABELS)],
    ['how', zhLabels(HOW_LABELS)]
  ]),
  run(v, _p, io) {
    const bom = csvOptions(v)
    const filter: Record<string, string | boolean> = filterOf(v, FILTERS)
    if (typeof filter.kind === 'string') filter.kind = slugOf(KIND_LABELS, filter.kind)
    if (typeof filter.relation === 'string') filter.relation = slugOf(RELATION_LABELS, filter.relation)
    if (typeof filter.how === 'string') filter.how = slugOf(HOW_LABELS, filter.how)
    if (v['no-directions']) {
      if (filter.kind === 'direction') throw new UsageError('--no-directions', `--no-directions leaves out the industry directions that --kind ${quote(String(v.kind))} asks for: give one of them`)
      filter.directions = false
    }
    const rows = projects(filter as ProjectFilter)
    if (v.json) io.out(json(rows))
    else if (v.csv) io.out(projectsCsv(rows, projectContext(), bom))
    else {
      const zh = new Map(sectors().map((s) => [s.id, s.zh]))
      const name = new Map(places().map((p) => [p.id, p.name]))
      io.out(
        table(
          ['id', 'kind', 'name', 'sectors', 'ties'],
          rows.map((p) => [p.id, p.kind, p.name, p.sectors.map((s) => zh.get(s) ?? s).join(','), p.ties.map((t) => `${name.get(t.to) ?? t.to} (${t.relation}, ${t.how})`).join(', ')])
        ) + `${rows.length} project(s)\n`
      )
    }
    return EXIT.ok
  }
}
