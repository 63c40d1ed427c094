/**
 * Text -> Markdown: turns a plan's extracted text (after its errata) into the
 * Markdown edition, using the genre's own printed conventions (第X章 / 第X节
 * headings, 专栏 X-Y boxes, 表 X-Y tables with tab-separated rows, 注 notes,
 * 抄送 closing block) and the corpus' structure annotation for what the text
 * cannot tell (where a box ends, which box items nest, a measure's lead length).
 *
 * It adds markup only: every character of the corrected text reaches the
 * Markdown (whitespace aside), which test/corpus-faithful.test.ts proves.
 */
import type { Structure } from '../../src/schema/corpus.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'

const CHAPTER = /^第[一二三四五六七八九十百零〇]+章[\s]/
const SECTION = /^第[一二三四五六七八九十百零〇]+节[\s]/
const BOX = /^专栏\s*\d+\s*[-－]\s*\d+/
const TABLE = /^表\s*\d+\s*[-－]\s*\d+/
const TOC = /^目\s*录$/
const NOTE = /^(注\s*[：:]|\d+\s*[.．、])/
const CLOSING = /^抄\s*送\s*[：:]/

interface Block {
  /** Lines of the block, as in the corrected text. */
  lines: string[]
  /** 1-based line of the block's first line in the corrected text. */
  line: number
}

export interface ImportResult {
  markdown: string
  diagnostics: Diagnostic[]
}

/**
 * Split text into blocks: runs of non-blank lines. A chapter or section
 * heading is a block of its own even without blank lines around it, as PDF
 * extraction often prints it (a box that ends a chapter runs straight into
 * the next 第X章 line).
 */
function blocks(text: string): Block[] {
  const out: Block[] = []
  let current: Block | undefined
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\s+$/u, '')
    if (line.trim() === '' && !raw.includes('\t')) {
      current = undefined
      return
    }
    const heading = CHAPTER.test(line.trim()) || SECTION.test(line.trim())
    if (heading) current = undefined
    if (!current) {
      current = { lines: [], line: index + 1 }
      out.push(current)
    }
    current.lines.push(raw.replace(/\r$/, ''))
    if (heading) current = undefined
  })
  return out
}

/** Escape text so that Markdown reads it back as the same characters. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>~|&]/g, (c) => '\\' + c)
}

function escapeLineStart(text: string): string {
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
function inline(text: string): string {
  const parts = text.split(/\*\*(.+?)\*\*/g)
  let out = ''
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      out += escapeInline(part)
      return
    }
    const m = /^(.*?)([。，；：！？、]*)$/u.exec(part)!
    out += `**${escapeInline(m[1]!)}**${m[2]!}`
  })
  return escapeLineStart(out)
}

/** Bold the lead of a paragraph: `**title**。body`. */
function lead(title: string, sep: string, body: string): string {
  return escapeLineStart(`**${escapeInline(title)}**${sep}${escapeInline(body)}`)
}

/** The first sentence of a paragraph and the rest, or undefined. */
function splitLead(text: string, separators: RegExp): { title: string; sep: string; body: string } | undefined {
  const m = separators.exec(text)
  if (!m || m.index === 0) return undefined
  return { title: text.slice(0, m.index), sep: m[0], body: text.slice(m.index + m[0].length) }
}

function cells(line: string): string[] {
  return line.split('\t').map((c) => c.trim())
}

function tableRow(values: string[], width: number): string {
  const padded = [...values]
  while (padded.length < width) padded.push('')
  return '| ' + padded.map((v) => escapeInline(v)).join(' | ') + ' |'
}

export function toMarkdown(text: string, structure: Structure, file = 'source.txt'): ImportResult {
  const diagnostics: Diagnostic[] = []
  const out: string[] = []
  const all = blocks(text)
  const overrides = structure.measureOverrides
  let i = 0

  const at = (b: Block) => b.lines.join('\n').trim()
  const report = (b: Block, rule: string, message: string) =>
    diagnostics.push({ severity: 'error', rule, message, file, line: b.line, column: 1 })

  // Front matter: everything before the 目录 heading. The notice's title is
  // the first block that ends in 通知; what comes before it is the 红头 header.
  while (i < all.length && !TOC.test(at(all[i]!))) {
    const t = at(all[i]!)
    if (/通知$/.test(t) && !out.some((l) => l.startsWith('# '))) out.push(`# ${inline(t)}`)
    else out.push(all[i]!.lines.map((l) => inline(l.trim())).join('\n'))
    i++
  }
  if (i >= all.length) {
    report(all[0] ?? { lines: [], line: 1 }, 'toc-missing', 'no 目录 block found')
    return { markdown: out.join('\n\n') + '\n', diagnostics }
  }
  out.push(`## ${inline(at(all[i]!))}`)
  i++

  // Table of contents: lines starting with 第X章 / 第X节, until the plan's title.
  const tocLines: string[] = []
  while (i < all.length && all[i]!.lines.every((l) => /^第.+[章节]/.test(l.trim()))) {
    for (const l of all[i]!.lines) {
      const entry = l.trim().replace(/\t+/g, ' ')
      tocLines.push((SECTION.test(entry) ? '  - ' : '- ') + escapeInline(entry))
    }
    i++
  }
  out.push(tocLines.join('\n'))

  // The plan's own title.
  if (i < all.length) {
    out.push(`# ${inline(at(all[i]!))}`)
    i++
  }

  // Body.
  while (i < all.length) {
    const b = all[i]!
    const t = at(b)

    if (CLOSING.test(t)) {
      out.push('---')
      for (; i < all.length; i++) out.push(all[i]!.lines.map((l) => inline(l.trim())).join('\n'))
      break
    }
    if (CHAPTER.test(t)) {
      out.push(`## ${inline(t)}`)
      i++
      continue
    }
    if (SECTION.test(t)) {
      out.push(`### ${inline(t)}`)
      i++
      continue
    }
    if (BOX.test(t)) {
      i = box(all, i, structure, out, report)
      continue
    }
    if (TABLE.test(t)) {
      out.push(`**${escapeInline(t)}**`)
      i++
      const rows: string[][] = []
      while (i < all.length && all[i]!.lines.every((l) => l.includes('\t'))) {
        for (const l of all[i]!.lines) rows.push(cells(l))
        i++
      }
      if (rows.length === 0) report(b, 'table-empty', `${t}: no tab-separated rows follow the caption`)
      const width = Math.max(0, ...rows.map((r) => r.length))
      const lines = rows.map((r) => tableRow(r, width))
      lines.splice(1, 0, '|' + ' --- |'.repeat(width))
      out.push(lines.join('\n'))
      while (i < all.length && NOTE.test(at(all[i]!))) {
        out.push(inline(at(all[i]!)))
        i++
      }
      continue
    }

    // A paragraph: a measure when it opens with a short lead sentence.
    const override = overrides.find((o) => t.startsWith(o.startsWith))
    const split = t.includes('**') ? undefined : splitLead(t, /。/)
    const isMeasure =
      override?.measure ?? (split !== undefined && split.title.length <= structure.measureLeadMaxLength && split.body.length > 0)
    if (isMeasure && split) out.push(lead(split.title, split.sep, split.body))
    else out.push(b.lines.map((l) => inline(l.trim())).join('\n'))
    i++
  }
  return { markdown: out.join('\n\n') + '\n', diagnostics }
}

/** A 专栏: a blockquote with its caption and a list of items. Returns the next block index. */
function box(
  all: Block[],
  start: number,
  structure: Structure,
  out: string[],
  report: (b: Block, rule: string, message: string) => void
): number {
  // The caption is the block's first line; lines under it without a blank line between are already items.
  const [first, ...under] = all[start]!.lines
  const caption = first!.trim()
  const number = /^专栏\s*(\d+)\s*[-－]\s*(\d+)/.exec(caption)!
  const key = `${number[1]}-${number[2]}`
  const note = structure.boxes[key]
  const items: string[] = under.map((l) => l.trim()).filter(Boolean)
  let i = start + 1
  for (; i < all.length; i++) {
    const t = all[i]!.lines.join('\n').trim()
    if (CHAPTER.test(t) || SECTION.test(t) || BOX.test(t) || TABLE.test(t) || CLOSING.test(t)) break
    if (note?.endBefore && t.startsWith(note.endBefore)) break
    for (const l of all[i]!.lines) items.push(l.trim())
  }
  if (note?.endBefore && !all[i]?.lines.join('').startsWith(note.endBefore))
    report(all[start]!, 'box-end-not-found', `专栏 ${key}: no paragraph starts with ${JSON.stringify(note.endBefore)} before the next heading`)
  if (items.length === 0) report(all[start]!, 'box-empty', `专栏 ${key} has no items`)

  const nested = new Map<number, number>()
  for (const n of note?.nest ?? []) {
    const parent = items.findIndex((it) => it.startsWith(n.under))
    if (parent < 0) report(all[start]!, 'box-nest-not-found', `专栏 ${key}: no item starts with ${JSON.stringify(n.under)}`)
    else nested.set(parent, n.count)
  }

  const lines: string[] = [`**${escapeInline(caption)}**`, '']
  let nestLeft = 0
  for (let k = 0; k < items.length; k++) {
    const raw = items[k]!
    const numbered = /^(\d+)\s*[.．]\s*(.*)$/u.exec(raw)
    const body = numbered ? numbered[2]! : raw
    const split = splitLead(body, /。|：|:\s*/)
    const text = split ? lead(split.title, split.sep.trim(), split.body) : escapeLineStart(escapeInline(body))
    const indent = nestLeft > 0 ? '  ' : ''
    const marker = numbered ? `${numbered[1]}.` : '-'
    lines.push(`${nestLeft > 0 ? indent + '- ' : marker + ' '}${text}`)
    if (nestLeft > 0) nestLeft--
    if (nested.has(k)) nestLeft = nested.get(k)!
  }
  out.push(lines.map((l) => (l === '' ? '>' : '> ' + l)).join('\n'))
  return i
}
