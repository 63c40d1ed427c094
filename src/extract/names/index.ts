/**
 * Named projects in running text. A paragraph is read clause by clause; a
 * clause is one list or two (clause.ts), and each list goes through the steps
 * listed in list.ts. Whether a name is a project follows the plan's
 * definition: 项目 names are, 工程 and facility names need a proper-name
 * element (a place, a company, a quantity …), generic names and policy
 * programmes are not. All wording comes from the corpus's extract.json.
 * How to add a rule: ../README.md.
 */
import { splitSpans, type Span } from '../text.js'
import { namesInClause } from './clause.js'
import { headBefore } from './heads.js'
import type { NameKnowledge } from './knowledge.js'
import { pauseRoleModifiers } from './roles.js'
import type { NamedCandidate } from './state.js'

export type { NamedCandidate } from './state.js'
export { nameKnowledge, type NameKnowledge } from './knowledge.js'

/** What ends a clause. */
const CLAUSE_MARKS = ['，', '：', ':', ',', '。', '；', ';', '！', '？', '\n']

/** The project names in `text[from, to)`, with their spans in `text`. */
export function findNamedProjects(text: string, from: number, to: number, knowledge: NameKnowledge): NamedCandidate[] {
  const { text: opened, placed } = openParentheses(text, knowledge)
  const out: NamedCandidate[] = []
  for (const clause of splitSpans(pauseRoleModifiers(opened, knowledge), from, to, CLAUSE_MARKS)) {
    const placePrefix = placed.find((p) => p.start <= clause.start && clause.end <= p.end)?.place
    for (const found of namesInClause(opened, clause, knowledge, placePrefix)) out.push({ ...found, raw: text.slice(found.start, found.end) })
  }
  return out
}

/**
 * Parentheses read as clauses of their own: a long one or one with a list inside (B乡（A、B、C建设项目）), and one that
 * names a facility after a place that is not one (A街道（B新建小学）); a short one after a head (人民医院（新医院）) stays
 * in the name. `placed`: the spans of lists in a parenthesis after a place (B乡（A、B）), which share that place.
 */
function openParentheses(text: string, knowledge: NameKnowledge): { text: string; placed: Array<Span & { place: string }> } {
  const { words } = knowledge
  const endsInFacility = (inner: string) => [...words.facilityHeads, ...words.projectHeads].some((h) => inner.endsWith(h))
  const placed: Array<Span & { place: string }> = []
  const opened = text.replace(/（([^（）]*)）/g, (parenthesis: string, inner: string, at: number) => {
    if (!(/[、，]/.test(inner) || inner.length > 12 || (endsInFacility(inner) && !headBefore(text, at, knowledge)))) return parenthesis
    const place = knowledge.placeBefore(text, at)
    if (place) placed.push({ start: at + 1, end: at + 1 + inner.length, place })
    return '，' + inner + '，'
  })
  return { text: opened, placed }
}
