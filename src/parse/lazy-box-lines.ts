import type { Root } from 'mdast'
import type { Diagnostic } from '../schema/diagnostic.js'

/**
 * A box (blockquote) ends at a blank line. Without one, CommonMark's lazy
 * continuation pulls the next paragraph into the box's last item, and a
 * measure of the section silently becomes part of a 专栏: report every line
 * inside a box that does not start with `>`.
 */
export function lazyBoxLines(mdast: Root, markdown: string, file: string): Diagnostic[] {
  const lines = markdown.split(/\r\n|\r|\n/)
  const out: Diagnostic[] = []
  for (const node of mdast.children) {
    if (node.type !== 'blockquote' || !node.position) continue
    for (let line = node.position.start.line; line <= node.position.end.line; line++)
      if (!/^ {0,3}>/.test(lines[line - 1] ?? '>'))
        out.push({ severity: 'error', rule: 'box-unclosed', message: `line ${line} continues the box (blockquote) above without \`>\`; end the box with a blank line or prefix the line with \`> \``, file, line, column: 1 })
  }
  return out
}
