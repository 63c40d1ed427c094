/**
 * The unit a node stands in: its chapter, section and 专栏, the box items
 * around it, and the headings that set its subject. The walk in index.ts
 * enters a unit at each chapter, section, box and box item.
 */
import type { BoxItem, PlanNode } from '../schema/plan.js'

/**
 * A heading that sets the subject of a unit: the chapter's, the section's, the box's, an enclosing box item's title;
 * `text` is `[start, end)` of node `nodeId`'s value.
 */
export interface UnitHeading {
  nodeId: string
  text: string
  start: number
  end: number
  /** The unit the heading opens: the chapter, section, box or box item's ID. */
  unit: string
}

export interface Unit {
  chapter: string
  section?: string
  /** The box number (`4-3`). */
  box?: string
  /** The box items around the node, outermost first. */
  items: BoxItem[]
  /** The headings of the chapter, section, box and items, outermost first. */
  headings: UnitHeading[]
}

/** The unit the children of `node` stand in, given the unit `node` stands in (none above the first chapter). */
export function unitInside(node: PlanNode, around: Unit | undefined): Unit | undefined {
  if (node.type === 'chapter') return { chapter: node.id, items: [], headings: headingOf(node) }
  if (!around) return undefined
  if (node.type === 'section') return { ...around, section: node.id, headings: [...around.headings, ...headingOf(node)] }
  if (node.type === 'box') return { ...around, box: node.number, headings: [...around.headings, ...headingOf(node)] }
  if (node.type === 'boxItem') {
    const first = firstParagraph(node)
    // The title is printed at the start of the item's first paragraph (elsewhere it is no heading in the text).
    const title = first && first.value.startsWith(node.title) ? [{ nodeId: first.id, text: node.title, start: 0, end: node.title.length, unit: node.id }] : []
    return { ...around, items: [...around.items, node], headings: [...around.headings, ...title] }
  }
  return around
}

function headingOf(node: PlanNode): UnitHeading[] {
  if (!('children' in node)) return []
  const heading = (node.children as PlanNode[]).find((child) => child.type === 'heading')
  return heading && 'value' in heading ? [{ nodeId: heading.id, text: heading.value, start: 0, end: heading.value.length, unit: node.id }] : []
}

/** The headings below the chapter (the chapter is too broad a unit): the section, the box and the enclosing items. */
export function subjectHeadings(unit: Unit): UnitHeading[] {
  return unit.headings.slice(1)
}

/** The headings below the chapter as one text, for sector scoring. */
export function unitText(unit: Unit): string {
  return subjectHeadings(unit)
    .map((heading) => heading.text)
    .join('\n')
}

/** The name of the unit whose names are counted once: the box, else the section, else the chapter. */
export function unitKey(unit: Unit): string {
  return unit.box ? `box_${unit.box}` : (unit.section ?? unit.chapter)
}

export function firstParagraph(item: BoxItem) {
  return item.children.find((child) => child.type === 'paragraph')
}

/** The item's own text: its paragraphs, not its nested items. */
export function itemText(item: BoxItem): Array<{ id: string; value: string }> {
  return item.children.flatMap((child) => (child.type === 'paragraph' ? [{ id: child.id, value: child.value }] : []))
}
