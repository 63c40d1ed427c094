/**
 * The outline of a plan tree: its title, chapters and sections with their
 * printed labels, titles and the 目录's pages. The build computes it once
 * and writes it as outline.json (sorted keys, like every data file);
 * `@huozhou/plan/outline` serves that file as it is, and the main entry
 * serves it in the field order of the interfaces below, as it always has
 * (`inFieldOrder`): the same data, nothing recomputed at run time.
 */
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

type OutlineTocEntry = Outline['toc']['entries'][number]

const section = ({ id, number, label, title, page }: OutlineSection): OutlineSection => ({ id, number, label, title, page })
const entry = ({ id, level, label, number, title, page, target }: OutlineTocEntry): OutlineTocEntry => ({ id, level, label, number, title, page, target })

/** The outline of a plan tree (the build writes it as outline.json). */
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
    toc: { id: toc?.id ?? 'toc', entries: entries.map(entry) }
  }
}

/** A stored outline (outline.json, sorted keys) with each object's fields in the interfaces' order. */
export function inFieldOrder(outline: Outline): Outline {
  return {
    title: outline.title,
    chapters: outline.chapters.map((c) => ({ ...section(c), sections: c.sections.map(section) })),
    toc: { id: outline.toc.id, entries: outline.toc.entries.map(entry) }
  }
}
