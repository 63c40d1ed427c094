/**
 * What the plan tree does not keep, each reported as a warning at its place
 * (`dropped-<kind>`), so that nothing is lost silently: raw HTML, a link's
 * or image's URL (their text and alt text are kept), definitions,
 * footnotes, struck-through text (kept as plain text), hard line breaks,
 * and U+0000 (which remark reads as U+FFFD).
 * Emphasis and bold are typography: their text is kept, and bold spans of a
 * paragraph are kept as offsets; they are not reported.
 */
import type { Nodes, Root } from 'mdast'
import type { Diagnostic } from '../schema/diagnostic.js'
import { SKIP, visit, type Walkable } from '../util/visit.js'
import { pointAt } from './position.js'

/** A short, one-line quote of what is dropped. */
function quote(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim()
  return JSON.stringify(line.length > 40 ? `${line.slice(0, 40)}…` : line)
}

function what(node: Nodes): { kind: string; message: string } | undefined {
  switch (node.type) {
    case 'html':
      return { kind: 'html', message: `raw HTML ${quote(node.value)} is not kept` }
    case 'link':
      return { kind: 'link', message: `the link to ${quote(node.url)} is not kept, only its text` }
    case 'linkReference':
      return { kind: 'link', message: `the link reference [${node.label ?? node.identifier}] is not kept, only its text` }
    case 'image':
      return { kind: 'image', message: `the image ${quote(node.url)} is not kept, only its alt text` }
    case 'imageReference':
      return { kind: 'image', message: `the image reference [${node.label ?? node.identifier}] is not kept, only its alt text` }
    case 'definition':
      return { kind: 'definition', message: `the definition [${node.label ?? node.identifier}] of ${quote(node.url)} is not kept` }
    case 'footnoteDefinition':
      return { kind: 'footnote', message: `the footnote [^${node.label ?? node.identifier}] is not kept` }
    case 'footnoteReference':
      return { kind: 'footnote', message: `the footnote call [^${node.label ?? node.identifier}] is not kept` }
    case 'delete':
      return { kind: 'strikethrough', message: 'struck-through text is kept as plain text, without the strike' }
    case 'break':
      return { kind: 'break', message: 'a hard line break is not kept' }
    default:
      return undefined
  }
}

/** One warning per construct of `root` that the tree does not keep (its children are not reported again). */
export function droppedConstructs(root: Root, file: string): Diagnostic[] {
  const out: Diagnostic[] = []
  visit<Nodes & Walkable>(root, (node) => {
    const dropped = what(node)
    if (!dropped) return undefined
    const at = node.position?.start
    out.push({ severity: 'warning', rule: `dropped-${dropped.kind}`, message: dropped.message, file, line: at?.line ?? 1, column: at?.column ?? 1 })
    // A footnote's or a struck span's contents are dropped or kept with it: say it once.
    return node.type === 'footnoteDefinition' || node.type === 'delete' ? SKIP : undefined
  })
  return out
}

/** One warning for the U+0000 characters of `markdown`, at the first: remark reads each as U+FFFD. */
export function droppedNul(markdown: string, file: string): Diagnostic[] {
  const text = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown
  const first = text.indexOf('\u0000')
  if (first < 0) return []
  let count = 0
  for (let i = first; i >= 0; i = text.indexOf('\u0000', i + 1)) count++
  const { line, column } = pointAt(text, first)
  const message = `${count === 1 ? 'a U+0000 character is' : `${count} U+0000 characters are`} read as U+FFFD (the replacement character)`
  return [{ severity: 'warning', rule: 'dropped-nul', message, file, line, column }]
}
