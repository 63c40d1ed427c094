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
  /** The chapter's or section's ID (`chp_4__sec_3`). */
  readonly id: string
  readonly number: number
  /** As printed: 第四章, 第三节. */
  readonly label: string
  readonly title: string
  /** The page the 目录 gives, when it lists the section. */
  readonly page: number | undefined
}

export interface OutlineChapter extends OutlineSection {
  readonly sections: readonly OutlineSection[]
}

/** An entry of the 目录: what it prints and the ID of the chapter or section it points to (`target`). */
export interface OutlineTocEntry extends Readonly<Omit<TocEntry, 'position' | 'type' | 'value'>> {}

/** The outline (deep-readonly: `outline()` hands it out frozen). */
export interface Outline {
  /** The plan's title. */
  readonly title: string
  readonly chapters: readonly OutlineChapter[]
  /** The 目录 as printed: its entries with their page numbers. */
  readonly toc: { readonly id: string; readonly entries: readonly OutlineTocEntry[] }
}

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
