/**
 * Invariants of a plan tree, each reported with its place in the Markdown:
 * the 目录 against the headings, numbering without gaps, box numbers under
 * their chapter, declared group counts against rows, unique IDs.
 */
import type { Diagnostic } from '../schema/diagnostic.js'
import type { Box, Chapter, Plan, PlanNode, Position, Section, Table } from '../schema/plan.js'
import { nodes, visit, type Walkable } from '../util/visit.js'

/** A plan node as the walker takes it (`Walkable` has only optional keys, so a union must be intersected with it). */
type TreeNode = PlanNode & Walkable

const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '')

export function checkPlan(tree: Plan, file = 'plan.md'): Diagnostic[] {
  const out: Diagnostic[] = []
  const report = (p: Position | undefined, rule: string, message: string) =>
    out.push({ severity: 'error', rule, message, file, line: p?.start.line ?? 1, column: p?.start.column ?? 1 })

  const chapters = tree.children.filter((c): c is Chapter => c.type === 'chapter')
  const toc = tree.children.find((c) => c.type === 'toc')

  // Numbering without gaps: chapters 1..n, sections 1..n within each chapter.
  chapters.forEach((c, k) => {
    if (c.number !== k + 1) report(c.position, 'number-gap', `${c.label} is chapter ${c.number} but stands at place ${k + 1}; expected 第${k + 1}章`)
    const sections = c.children.filter((s): s is Section => s.type === 'section')
    sections.forEach((s, j) => {
      if (s.number !== j + 1) report(s.position, 'number-gap', `${c.label} ${s.label} is section ${s.number} but stands at place ${j + 1} in its chapter`)
    })
  })

  // 目录 against headings: same entries, same titles, same order; pages never decrease.
  if (!toc) report(tree.position, 'toc-missing', 'the plan has no 目录')
  else {
    const entries = toc.children.filter((e) => e.type === 'tocEntry')
    const headings: Array<Chapter | Section> = []
    for (const c of chapters) {
      headings.push(c)
      for (const s of c.children) if (s.type === 'section') headings.push(s)
    }
    const max = Math.max(entries.length, headings.length)
    for (let k = 0; k < max; k++) {
      const e = entries[k]
      const h = headings[k]
      if (!e) {
        report(h!.position, 'toc-mismatch', `${h!.label} ${h!.title} has no 目录 entry`)
        continue
      }
      if (!h) {
        report(e.position, 'toc-mismatch', `目录 lists ${e.label} ${e.title}, which has no heading`)
        continue
      }
      if (e.target !== h.id) report(e.position, 'toc-mismatch', `目录 entry ${k + 1} is ${e.label} ${e.title} (${e.target}) but heading ${k + 1} is ${h.label} ${h.title} (${h.id})`)
      else if (squash(e.title) !== squash(h.title)) report(h.position, 'toc-mismatch', `${h.label} heading reads ${JSON.stringify(h.title)}, the 目录 ${JSON.stringify(e.title)}`)
      const prev = entries[k - 1]
      if (prev && e.page < prev.page) report(e.position, 'toc-page', `page ${e.page} of ${e.label} ${e.title} comes before page ${prev.page} of the entry above it`)
    }
  }

  // Boxes: X = their chapter, Y = 1, 2, … within the chapter.
  for (const c of chapters) {
    const boxes = nodes<TreeNode, Box & Walkable>(c, (n): n is Box & Walkable => n.type === 'box')
    boxes.forEach((b, k) => {
      const [x, y] = b.number.split('-').map(Number)
      if (x !== c.number) report(b.position, 'box-number', `${b.label} stands in ${c.label} (chapter ${c.number}); its first number must be ${c.number}`)
      if (y !== k + 1) report(b.position, 'box-number', `${b.label} is box ${k + 1} of ${c.label}; expected 专栏 ${c.number}-${k + 1}`)
    })
  }

  // Tables: numbered rows 1..n without gaps; each group's declared count equals its numbered rows.
  for (const t of nodes<TreeNode, Table & Walkable>(tree, (n): n is Table & Walkable => n.type === 'table')) {
    let expected = 1
    for (const row of t.children) {
      if ((row.type === 'indicator' || row.type === 'indicatorGroup') && row.number !== undefined) {
        if (row.number !== expected) report(row.position, 'number-gap', `row ${row.number} of ${t.label} follows row ${expected - 1}; expected ${expected}`)
        expected = row.number + 1
      }
    }
    const numbered = new Map<string, number>()
    for (const r of t.children)
      if ((r.type === 'indicator' || r.type === 'indicatorGroup') && r.group !== undefined && r.number !== undefined) numbered.set(r.group, (numbered.get(r.group) ?? 0) + 1)
    for (const g of t.children) {
      if (g.type !== 'tableGroup' || g.declaredCount === undefined) continue
      const rows = numbered.get(g.id) ?? 0
      if (rows !== g.declaredCount) report(g.position, 'count-mismatch', `${g.label}、${g.title} declares ${g.declaredCount} but has ${rows} numbered rows`)
    }
  }

  // IDs are unique.
  const seen = new Map<string, Position>()
  visit<TreeNode>(tree, (n) => {
    const prev = seen.get(n.id)
    if (prev) report(n.position, 'duplicate-id', `ID ${n.id} is already used at line ${prev.start.line}`)
    else seen.set(n.id, n.position)
  })
  return out
}
