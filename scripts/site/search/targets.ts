/**
 * Where a search hit goes: for every node of the plan that has text (what
 * `search()` can hit), its URL on the site and where it stands as printed
 * (`第四章 第三节 推动开发区建设，实现弯道超车`, `专栏 4-3`, `目录`). Written into
 * the search index at build time, so the browser needs no outline to place a
 * hit.
 */
import { visit } from 'unist-util-visit'
import { ancestors, tree, type PlanNode } from '../../../src/index.js'
import type { SiteMap } from '../routes.js'

const FRAME: Partial<Record<PlanNode['type'], string>> = { header: '文件头', notice: '印发通知', toc: '目录', preamble: '序言', closing: '版记' }

/** Where a node stands, as a reader would say it. */
export function whereOf(node: PlanNode): string {
  const chain = [...ancestors(node.id), node]
  const parts: string[] = []
  for (const n of chain) {
    if (n.type === 'chapter') parts.push(n.label)
    else if (n.type === 'section') parts.push(`${n.label} ${n.title}`)
    else if (n.type === 'box' || n.type === 'table') parts.push(n.label)
    else if (FRAME[n.type]) parts.push(FRAME[n.type]!)
  }
  const chapter = chain.find((n) => n.type === 'chapter')
  if (chapter?.type === 'chapter' && !chain.some((n) => n.type === 'section')) parts.splice(parts.indexOf(chapter.label) + 1, 0, chapter.title)
  return parts.join(' ')
}

/** node ID -> [URL, where], for every node with text. */
export function searchTargets(site: SiteMap): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {}
  visit(tree(), (node) => {
    const n = node as PlanNode
    if ('value' in n && typeof n.value === 'string' && typeof n.id === 'string') out[n.id] = [site.node(n.id), whereOf(n)]
  })
  return out
}
