import type { Chapter, Plan, Section, Toc, TocEntry } from '../schema/plan.js'

export interface OutlineSection {
  id: string
  number: number
  label: string
  title: string
  /** The page the 目录 gives, when it lists the section. */
  page: number | undefined
}

export interface OutlineChapter extends Omit<OutlineSection, never> {
  sections: OutlineSection[]
}

export interface Outline {
  /** The plan's title. */
  title: string
  chapters: OutlineChapter[]
  /** The 目录 as printed: its entries with their page numbers. */
  toc: { id: string; entries: Array<Omit<TocEntry, 'position' | 'type' | 'value'>> }
}

/** The outline of a plan tree: chapters and sections with their printed labels, titles and pages. */
export function outlineOf(tree: Plan): Outline {
  const toc = tree.children.find((c): c is Toc => c.type === 'toc')
  const entries = (toc?.children ?? []).filter((e): e is TocEntry => e.type === 'tocEntry')
  const page = new Map(entries.map((e) => [e.target, e.page]))
  const head = (n: Chapter | Section): OutlineSection => ({ id: n.id, number: n.number, label: n.label, title: n.title, page: page.get(n.id) })
  return {
    title: tree.title,
    chapters: tree.children
      .filter((c): c is Chapter => c.type === 'chapter')
      .map((c) => ({ ...head(c), sections: c.children.filter((s): s is Section => s.type === 'section').map(head) })),
    toc: {
      id: toc?.id ?? 'toc',
      entries: entries.map(({ id, level, label, number, title, page: p, target }) => ({ id, level, label, number, title, page: p, target }))
    }
  }
}
