/**
 * Text -> inline Markdown: escapes, the source's own `**bold**`, and bold
 * leads. Every character of the text is kept, in order.
 */
import { escapeInline } from '../util/markdown-escape.js'

/** Escape what would open a block at the start of a line: `1.`, `2)`, `#`, `+`, `-`, `=`, `>`. */
export function escapeLineStart(text: string): string {
  return text
    .replace(/^(\d+)([.)])(\s|$)/, '$1\\$2$3')
    .replace(/^([#+\-=>])/, '\\$1')
}

/**
 * Inline text with the source's own `**bold**` kept as strong. A closing
 * punctuation mark inside the bold is moved after it, so that CommonMark
 * (which will not close `**` between a punctuation mark and a Han character)
 * still reads it as strong; the characters stay in the same order.
 */
export function inline(text: string): string {
  const parts = text.split(/\*\*(.+?)\*\*/g)
  let out = ''
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      out += escapeInline(part)
      return
    }
    // The closing marks at its end, counted from the end (`^(.*?)([。，…]*)$` retried the run at every character).
    let end = part.length
    while (end > 0 && CLOSING.includes(part[end - 1]!)) end--
    out += `**${escapeInline(part.slice(0, end))}**${part.slice(end)}`
  })
  return escapeLineStart(out)
}

const CLOSING = '。，；：！？、'

/** A paragraph with a bold lead: `**title**。body`. */
export function lead(title: string, sep: string, body: string): string {
  return escapeLineStart(`**${escapeInline(title)}**${sep}${escapeInline(body)}`)
}

/** A paragraph's first sentence, up to the first `separator`, and the rest; undefined when there is none or it is empty. */
export function splitLead(text: string, separator: RegExp): { title: string; sep: string; body: string } | undefined {
  const m = separator.exec(text)
  if (!m || m.index === 0) return undefined
  return { title: text.slice(0, m.index), sep: m[0], body: text.slice(m.index + m[0].length) }
}

/** Every line of a block as inline Markdown, trimmed, one a line. */
export function inlineLines(lines: readonly string[]): string {
  return lines.map((l) => inline(l.trim())).join('\n')
}
