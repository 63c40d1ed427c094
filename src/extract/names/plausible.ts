/**
 * Whether a span can be a project's name at all, before the list decides: a
 * length between 3 and 45 characters (2 quoted), balanced marks, no 等, not
 * generic (重点项目, 一批…, 重大科技项目), not a policy programme (…行动, …
 * 计划), and something left once its heads are gone (大数据项目 is a kind).
 */
import { balanced, longestSuffix } from '../text.js'
import type { NameKnowledge } from './knowledge.js'

/** `quoted`: a name in quotation marks is a proper name even when it reads like a programme (“人民德育-5G生态服务体系”). */
export function plausible(name: string, knowledge: NameKnowledge, quoted = false): boolean {
  const { words } = knowledge
  if (name.length < (quoted ? 2 : 3) || name.length > 45) return false
  if (!balanced(name) || /等(?!级)/.test(name)) return false
  if (words.genericNames.includes(name)) return false
  // 承担科技项目, 重大科技项目: the longest generic name it ends with, with only a short modifier before it (not a
  // facility's: X中心服务项目).
  const generic = longestSuffix(name, words.genericNames)
  if (generic && name.length - generic.length <= 5 && !words.facilityHeads.some((h) => name.slice(0, -generic.length).endsWith(h))) return false
  // (An organisation's name may open with a generic prefix: 国家能源集团…项目.)
  if (words.genericPrefixes.some((p) => name.startsWith(p)) && !knowledge.organisationMarkers.some((w) => name.includes(w))) return false
  if (!quoted && words.programmeMarkers.some((p) => name.includes(p))) return false
  // What is left without its heads (one 项目/工程, then the longest facility noun: 田园综合体项目 -> 田园) must say something;
  // the new one of a kind (新医院) says enough.
  const core = withoutHead(withoutHead(name, words.projectHeads), words.facilityHeads)
  return core.length >= 2 || words.uniquePrefixes.includes(core)
}

/** `name` without the longest of `heads` it ends with. */
function withoutHead(name: string, heads: readonly string[]): string {
  const head = longestSuffix(name, heads)
  return head ? name.slice(0, -head.length) : name
}
