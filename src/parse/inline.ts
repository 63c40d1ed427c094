/** Reading mdast blocks' text: plain text, bold-only captions, bold leads and bold spans. */
import type { Nodes, Paragraph, RootContent, BlockContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { patterns } from '../genre/patterns.js'

/** Plain text of an mdast node, with whitespace runs inside a line kept and trimmed at the ends. */
export function text(node: Nodes): string {
  return toString(node).trim()
}

/** The text of a paragraph that is one bold span and nothing else (`**专栏 4-1 …**`, `**表 1-1 …**`), else undefined. */
export function strongOnly(node: RootContent | BlockContent | undefined): string | undefined {
  if (!node || node.type !== 'paragraph') return undefined
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''))
  if (kids.length !== 1 || kids[0]!.type !== 'strong') return undefined
  return text(node)
}

/** The bold lead of a paragraph (optionally after a dash: `——**lead**。`), or undefined. */
export function leadOf(node: Paragraph): string | undefined {
  const [first, second] = node.children
  if (first?.type === 'strong') return text(first)
  if (first?.type === 'text' && patterns.leadDash.test(first.value) && second?.type === 'strong') return text(second)
  return undefined
}

/** Offsets of the bold spans of a paragraph in its trimmed plain text, as [start, end). */
export function strongSpans(node: Paragraph): Array<[number, number]> {
  const full = toString(node)
  let at = -(full.length - full.trimStart().length)
  const spans: Array<[number, number]> = []
  for (const child of node.children) {
    const s = toString(child)
    if (child.type === 'strong' && s.length) spans.push([Math.max(0, at), at + s.length])
    at += s.length
  }
  return spans
}

/** A lead or first sentence as a title: without the punctuation and spaces that end it. */
export function cleanTitle(title: string): string {
  // Trimmed from the end by hand: `/[。：:，,\s]+$/` tries every start in a long run of these before the end.
  let end = title.length
  while (end > 0 && TITLE_END.test(title[end - 1]!)) end--
  return title.slice(0, end)
}

const TITLE_END = /[。：:，,\s]/u
