/**
 * A box (专栏 X-Y): a blockquote holding its caption in bold and its items
 * as a list, `1.` items where the source numbers them, `-` items where it
 * does not, each with its lead in bold.
 *
 * A box runs from its caption to the next heading, box, table or closing
 * block, unless `structure.boxes["X-Y"].endBefore` names the paragraph where
 * the section's text resumes; `nest` puts the `count` items after the one
 * that starts with `under` under it. Reports `box-end-not-found`,
 * `box-nest-not-found` and `box-empty`.
 */
import { linePatterns } from '../genre/patterns.js'
import { escapeInline } from '../util/markdown-escape.js'
import { blockText } from './blocks.js'
import type { ImportContext } from './context.js'
import { escapeLineStart, lead, splitLead } from './inline.js'

export function box(context: ImportContext): void {
  const { blocks } = context
  const start = blocks[context.index]!
  // The caption is the block's first line; lines under it without a blank line between are already items.
  const [first, ...under] = start.lines
  const caption = first!.trim()
  const number = linePatterns.box.exec(blockText(start))!
  const key = `${number[1]}-${number[2]}`
  const annotation = context.structure.boxes[key]
  const endBefore = annotation?.endBefore
  const items = under.map((l) => l.trim()).filter(Boolean)
  for (context.index++; context.index < blocks.length; context.index++) {
    const text = blockText(blocks[context.index]!)
    if (endsBox(text) || (endBefore && text.startsWith(endBefore))) break
    for (const l of blocks[context.index]!.lines) items.push(l.trim())
  }
  if (endBefore && !blocks[context.index]?.lines.join('').startsWith(endBefore))
    context.report(start, 'box-end-not-found', `专栏 ${key}: no paragraph starts with ${JSON.stringify(endBefore)} before the next heading`)
  if (items.length === 0) context.report(start, 'box-empty', `专栏 ${key} has no items`)

  /** Index of an item -> how many items after it nest under it. */
  const nested = new Map<number, number>()
  for (const n of annotation?.nest ?? []) {
    const parent = items.findIndex((it) => it.startsWith(n.under))
    if (parent < 0) context.report(start, 'box-nest-not-found', `专栏 ${key}: no item starts with ${JSON.stringify(n.under)}`)
    else nested.set(parent, n.count)
  }

  const lines: string[] = [`**${escapeInline(caption)}**`, '']
  let nestLeft = 0
  items.forEach((raw, k) => {
    const numbered = linePatterns.numberedItem.exec(raw)
    const text = numbered ? numbered[2]! : raw
    const split = splitLead(text, /。|：|:\s*/)
    const markdown = split ? lead(split.title, split.sep.trim(), split.body) : escapeLineStart(escapeInline(text))
    const marker = nestLeft > 0 ? '  -' : numbered ? `${numbered[1]}.` : '-'
    lines.push(`${marker} ${markdown}`)
    if (nestLeft > 0) nestLeft--
    if (nested.has(k)) nestLeft = nested.get(k)!
  })
  context.out.push(lines.map((l) => (l === '' ? '>' : '> ' + l)).join('\n'))
}

/** A block that ends any box: a heading, another box, a table or the closing block. */
function endsBox(text: string): boolean {
  const { chapter, section, box, table, closing } = linePatterns
  return [chapter, section, box, table, closing].some((pattern) => pattern.test(text))
}
