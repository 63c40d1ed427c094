/**
 * mdast -> plan tree. Reads the genre's printed conventions from the Markdown
 * edition (see corpus/README.md): `#` notice and plan titles, `## 目录` with a
 * nested list, `## 第X章`, `### 第X节`, bold-lead measures, `> **专栏 X-Y**`
 * boxes, `**表 X-Y**` captions with GFM tables and their notes, `---` before
 * the closing block. It never throws on bad input: what it cannot place it
 * reports as a diagnostic with the Markdown position.
 */
import type { BlockContent, List, ListItem, Nodes, Paragraph as MdParagraph, Root, RootContent, Table as MdTable } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Diagnostic } from '../schema/diagnostic.js'
import type {
  Box,
  BoxItem,
  Chapter,
  Closing,
  Header,
  Heading,
  Indicator,
  IndicatorGroup,
  Measure,
  Notice,
  Paragraph,
  Plan,
  Position,
  Preamble,
  Section,
  Table,
  TableGroup,
  TableNote,
  Toc,
  TocEntry
} from '../schema/plan.js'
import { makeId } from '../ids/make.js'
import { parseChineseNumeral } from '../genre/numerals.js'
import { patterns } from '../genre/patterns.js'
import { enrichIndicators } from './indicators.js'

export interface FromMdastResult {
  tree: Plan
  diagnostics: Diagnostic[]
}

const ZERO: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }

function pos(node: { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } | undefined }): Position {
  const p = node.position
  if (!p) return ZERO
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 }
  }
}

/** Plain text of an mdast node, with whitespace runs inside a line kept and trimmed at the ends. */
function text(node: Nodes): string {
  return toString(node).trim()
}

/** Ordinals for unnumbered children, per alias, within one parent. */
class Ordinals {
  private counts = new Map<string, number>()
  next(alias: string): number {
    const n = (this.counts.get(alias) ?? 0) + 1
    this.counts.set(alias, n)
    return n
  }
}

/** Strong-only paragraph: `**专栏 4-1 …**`, `**表 1-1 …**`. */
function strongOnly(node: RootContent | BlockContent | undefined): string | undefined {
  if (!node || node.type !== 'paragraph') return undefined
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''))
  if (kids.length !== 1 || kids[0]!.type !== 'strong') return undefined
  return text(node)
}

/** The bold lead of a paragraph (optionally after a dash), or undefined. */
function leadOf(node: MdParagraph): string | undefined {
  const [first, second] = node.children
  if (first?.type === 'strong') return text(first)
  if (first?.type === 'text' && patterns.leadDash.test(first.value) && second?.type === 'strong') return text(second)
  return undefined
}

/** Offsets of the bold spans of a paragraph in its trimmed plain text. */
function strongSpans(node: MdParagraph): Array<[number, number]> {
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

function cleanTitle(title: string): string {
  return title.replace(/[。：:，,\s]+$/u, '')
}

export function fromMdast(root: Root, file = 'plan.md'): FromMdastResult {
  const diagnostics: Diagnostic[] = []
  const report: Report = (node, rule, message, severity = 'error') => {
    const p = node ? pos(node as never) : ZERO
    diagnostics.push({ severity, rule, message, file, line: p.start.line, column: p.start.column })
  }
  const nodes = root.children.filter((n) => n.type !== 'html' && n.type !== 'definition')
  let i = 0
  const children: Plan['children'] = []
  const top = new Ordinals()

  const paragraph = (node: MdParagraph, parent: string | undefined, ord: Ordinals, role: Paragraph['role']): Paragraph => {
    const strong = strongSpans(node)
    return {
      type: 'paragraph',
      id: makeId(parent, 'p', ord.next('p')),
      position: pos(node),
      role,
      value: text(node),
      ...(strong.length ? { strong } : {})
    }
  }

  // 1. Header (红头): blocks before the first `#` heading.
  const headerKids: Paragraph[] = []
  const headerOrd = new Ordinals()
  while (i < nodes.length && !(nodes[i]!.type === 'heading' && (nodes[i] as { depth: number }).depth === 1)) {
    const n = nodes[i]!
    if (n.type === 'paragraph') headerKids.push(paragraph(n, 'header', headerOrd, 'body'))
    else report(n, 'unexpected-block', `a ${n.type} before the notice's title`)
    i++
  }
  if (headerKids.length > 0) {
    const docNumber = headerKids.find((p) => patterns.docNumber.test(p.value))?.value
    const header: Header = {
      type: 'header',
      id: 'header',
      position: { start: headerKids[0]!.position.start, end: headerKids.at(-1)!.position.end },
      ...(docNumber ? { docNumber } : {}),
      children: headerKids
    }
    children.push(header)
  }

  // 2. Notice: a `#` heading and its paragraphs, up to the 目录.
  const isToc = (n: RootContent | undefined) => n?.type === 'heading' && patterns.toc.test(text(n))
  const isChapter = (n: RootContent | undefined) => n?.type === 'heading' && n.depth === 2 && patterns.chapter.test(text(n))
  const isSection = (n: RootContent | undefined) => n?.type === 'heading' && n.depth === 3 && patterns.section.test(text(n))
  if (nodes[i]?.type === 'heading' && !isToc(nodes[i]) && !isChapter(nodes[i])) {
    const h = nodes[i]!
    const ord = new Ordinals()
    const kids: Notice['children'] = [{ type: 'heading', id: 'notice__heading', position: pos(h), value: text(h) }]
    i++
    while (i < nodes.length && nodes[i]!.type !== 'heading') {
      const n = nodes[i]!
      if (n.type === 'paragraph') kids.push(paragraph(n, 'notice', ord, 'body'))
      else report(n, 'unexpected-block', `a ${n.type} in the notice`)
      i++
    }
    children.push({ type: 'notice', id: 'notice', position: span(h, nodes[i - 1]!), title: text(h), children: kids })
  }

  // 3. 目录: a heading and a nested list of `第X章 title page` entries.
  const tocEntries: TocEntry[] = []
  if (isToc(nodes[i])) {
    const h = nodes[i]!
    const kids: Toc['children'] = [{ type: 'heading', id: 'toc__heading', position: pos(h), value: text(h) }]
    i++
    let chapterId: string | undefined
    let chapterEntryId: string | undefined
    const walk = (list: List) => {
      for (const item of list.children) {
        const para = item.children.find((c): c is MdParagraph => c.type === 'paragraph')
        if (para) {
          const value = text(para)
          const m = patterns.tocEntry.exec(value)
          const numeral = m ? parseChineseNumeral(m[1]!) : undefined
          if (!m || numeral === undefined) report(para, 'toc-entry', `目录 entry ${JSON.stringify(value)} is not “第X章|节 title page”`)
          else {
            const level = m[2] === '章' ? 'chapter' : 'section'
            if (level === 'chapter') {
              chapterId = makeId(undefined, 'chp', numeral)
              chapterEntryId = makeId('toc', 'chp', numeral)
            }
            else if (!chapterId) report(para, 'toc-entry', `目录 section entry ${JSON.stringify(value)} before any chapter entry`)
            const target = level === 'chapter' ? chapterId! : makeId(chapterId, 'sec', numeral)
            const entry: TocEntry = {
              type: 'tocEntry',
              id: level === 'chapter' ? chapterEntryId! : makeId(chapterEntryId, 'sec', numeral),
              position: pos(para),
              level,
              label: `第${m[1]}${m[2]}`,
              number: numeral,
              title: m[3]!.trim(),
              page: Number(m[4]),
              target,
              value
            }
            kids.push(entry)
            tocEntries.push(entry)
          }
        }
        for (const sub of item.children) if (sub.type === 'list') walk(sub)
      }
    }
    while (i < nodes.length && nodes[i]!.type === 'list') {
      walk(nodes[i] as List)
      i++
    }
    children.push({ type: 'toc', id: 'toc', position: span(h, nodes[i - 1]!), children: kids })
  }

  // 4. The plan's title and preamble.
  let title = ''
  if (nodes[i]?.type === 'heading' && (nodes[i] as { depth: number }).depth === 1) {
    const h = nodes[i]!
    title = text(h)
    const ord = new Ordinals()
    const kids: Preamble['children'] = [{ type: 'heading', id: 'preamble__heading', position: pos(h), value: title }]
    i++
    while (i < nodes.length && nodes[i]!.type === 'paragraph') {
      kids.push(paragraph(nodes[i] as MdParagraph, 'preamble', ord, 'intro'))
      i++
    }
    children.push({ type: 'preamble', id: 'preamble', position: span(h, nodes[i - 1]!), title, children: kids })
  } else {
    report(nodes[i], 'title-missing', 'no `#` heading with the plan’s title after the 目录')
  }

  // 5. Chapters, sections and their blocks.
  const chapters: Chapter[] = []
  let chapter: Chapter | undefined
  let section: Section | undefined
  let chapterOrd = new Ordinals()
  let sectionOrd = new Ordinals()
  let seenMeasure = false

  const container = () => section ?? chapter
  const containerOrd = () => (section ? sectionOrd : chapterOrd)

  while (i < nodes.length) {
    const n = nodes[i]!
    if (n.type === 'thematicBreak') {
      i++
      break
    }
    if (n.type === 'heading') {
      const value = text(n)
      const cm = n.depth === 2 ? patterns.chapter.exec(value) : null
      const sm = n.depth === 3 ? patterns.section.exec(value) : null
      if (cm) {
        const number = parseChineseNumeral(cm[1]!)
        if (number === undefined) report(n, 'numeral', `${JSON.stringify(cm[1])} is not a Chinese numeral`)
        const id = makeId(undefined, 'chp', number ?? `x${top.next('bad')}`)
        chapter = {
          type: 'chapter',
          id,
          position: pos(n),
          number: number ?? 0,
          label: `第${cm[1]}章`,
          title: cm[2]!.trim(),
          children: [{ type: 'heading', id: makeId(id, 'heading'), position: pos(n), value }]
        }
        chapters.push(chapter)
        children.push(chapter)
        section = undefined
        chapterOrd = new Ordinals()
        seenMeasure = false
      } else if (sm && chapter) {
        const number = parseChineseNumeral(sm[1]!)
        if (number === undefined) report(n, 'numeral', `${JSON.stringify(sm[1])} is not a Chinese numeral`)
        const id = makeId(chapter.id, 'sec', number ?? `x${chapterOrd.next('bad')}`)
        section = {
          type: 'section',
          id,
          position: pos(n),
          number: number ?? 0,
          label: `第${sm[1]}节`,
          title: sm[2]!.trim(),
          children: [{ type: 'heading', id: makeId(id, 'heading'), position: pos(n), value }]
        }
        chapter.children.push(section)
        sectionOrd = new Ordinals()
        seenMeasure = false
      } else {
        report(n, 'unexpected-heading', `heading ${JSON.stringify(value)} (depth ${n.depth}) is neither a chapter (## 第X章) nor a section (### 第X节) in place`)
      }
      extend(container(), n)
      i++
      continue
    }

    const parent = container()
    if (!parent) {
      report(n, 'unexpected-block', `a ${n.type} before the first chapter`)
      i++
      continue
    }
    const ord = containerOrd()

    if (n.type === 'blockquote') {
      const box = parseBox(n, chapter!, section, report)
      if (box) parent.children.push(box)
      extend(parent, n)
      i++
      continue
    }

    const caption = strongOnly(n)
    const tm = caption ? patterns.table.exec(caption) : null
    if (tm) {
      const next = nodes[i + 1]
      if (next?.type !== 'table') {
        report(n, 'table-missing', `${JSON.stringify(caption)} is not followed by a table`)
        i++
        continue
      }
      const notes: MdParagraph[] = []
      let j = i + 2
      while (nodes[j]?.type === 'paragraph' && patterns.note.test(text(nodes[j]!))) notes.push(nodes[j++] as MdParagraph)
      const table = parseTable(n as MdParagraph, tm, next, notes, chapter!, section, report)
      parent.children.push(table)
      extend(parent, nodes[j - 1]!)
      i = j
      continue
    }

    if (n.type === 'paragraph') {
      const lead = leadOf(n)
      if (lead !== undefined) {
        const m: Measure = {
          type: 'measure',
          id: makeId(parent.id, 'measure', ord.next('measure')),
          position: pos(n),
          title: cleanTitle(lead),
          value: text(n)
        }
        parent.children.push(m)
        seenMeasure = true
      } else {
        parent.children.push(paragraph(n, parent.id, ord, seenMeasure || parent.children.some((c) => c.type === 'box' || c.type === 'table' || c.type === 'section') ? 'body' : 'intro'))
      }
      extend(parent, n)
      i++
      continue
    }

    report(n, 'unexpected-block', `a ${n.type} where a paragraph, box or table was expected`)
    i++
  }
  for (const c of chapters) for (const s of c.children) if (s.type === 'section') extendTo(c, s.position)

  // 6. Closing block (版记) after the thematic break.
  if (i < nodes.length) {
    const ord = new Ordinals()
    const kids: Paragraph[] = []
    const first = nodes[i]!
    for (; i < nodes.length; i++) {
      const n = nodes[i]!
      if (n.type === 'paragraph') kids.push(paragraph(n, 'closing', ord, 'body'))
      else report(n, 'unexpected-block', `a ${n.type} in the closing block`)
    }
    const closing: Closing = { type: 'closing', id: 'closing', position: span(first, nodes[nodes.length - 1]!), children: kids }
    children.push(closing)
  }

  const tree: Plan = {
    type: 'plan',
    id: 'plan',
    position: pos(root),
    title,
    children
  }
  return { tree, diagnostics }
}

function span(a: { position?: unknown }, b: { position?: unknown }): Position {
  return { start: pos(a as never).start, end: pos(b as never).end }
}

function extend(node: { position: Position } | undefined, last: { position?: unknown }): void {
  if (node) extendTo(node, pos(last as never))
}

function extendTo(node: { position: Position }, p: Position): void {
  if (p.end.offset > node.position.end.offset) node.position = { start: node.position.start, end: p.end }
}

type Report = (node: { position?: unknown } | undefined, rule: string, message: string, severity?: 'error' | 'warning') => void

function parseBox(
  quote: Extract<RootContent, { type: 'blockquote' }>,
  chapter: Chapter,
  section: Section | undefined,
  report: Report
): Box | undefined {
  const [first, ...rest] = quote.children
  const caption = strongOnly(first)
  const m = caption ? patterns.box.exec(caption) : null
  if (!m || !caption) {
    report(quote, 'box-caption', 'a blockquote that does not open with a bold “专栏 X-Y title” caption')
    return undefined
  }
  const number = `${Number(m[1])}-${Number(m[2])}`
  const id = makeId(undefined, 'box', number)
  const box: Box = {
    type: 'box',
    id,
    position: pos(quote),
    number,
    label: `专栏 ${number}`,
    title: m[3]!.trim(),
    chapter: chapter.id,
    ...(section ? { section: section.id } : {}),
    children: [{ type: 'heading', id: makeId(id, 'heading'), position: pos(first!), value: caption }]
  }
  const items = (list: List, parentId: string): BoxItem[] => {
    const ord = new Ordinals()
    return list.children.map((item: ListItem, k) => {
      const n = list.ordered ? (list.start ?? 1) + k : ord.next('item')
      const itemId = makeId(parentId, 'item', n)
      const paraOrd = new Ordinals()
      const kids: BoxItem['children'] = []
      let title = ''
      for (const c of item.children) {
        if (c.type === 'paragraph') {
          if (!title) title = cleanTitle(leadOf(c) ?? (patterns.firstSentence.exec(text(c))?.[1] ?? text(c)))
          kids.push({ type: 'paragraph', id: makeId(itemId, 'p', paraOrd.next('p')), position: pos(c), role: 'body', value: text(c) })
        } else if (c.type === 'list') kids.push(...items(c, itemId))
        else report(c, 'unexpected-block', `a ${c.type} in an item of 专栏 ${number}`)
      }
      return { type: 'boxItem', id: itemId, position: pos(item), number: n, numbered: Boolean(list.ordered), title, box: id, children: kids }
    })
  }
  for (const c of rest) {
    if (c.type === 'list') box.children.push(...items(c, id))
    else report(c, 'unexpected-block', `a ${c.type} in 专栏 ${number}; items are list items`)
  }
  return box
}

function parseTable(
  captionNode: MdParagraph,
  m: RegExpExecArray,
  table: MdTable,
  notes: MdParagraph[],
  chapter: Chapter,
  section: Section | undefined,
  report: Report
): Table {
  const number = `${Number(m[1])}-${Number(m[2])}`
  const id = makeId(undefined, 'table', number)
  const caption = text(captionNode)
  const rows = table.children.map((r) => r.children.map((c) => text(c)))
  const result: Table = {
    type: 'table',
    id,
    position: span(captionNode, notes.at(-1) ?? table),
    number,
    label: `表 ${number}`,
    title: m[3]!.trim(),
    chapter: chapter.id,
    ...(section ? { section: section.id } : {}),
    children: [{ type: 'heading', id: makeId(id, 'heading'), position: pos(captionNode), value: caption }]
  }

  // Header rows: the first, and rows under it whose first cell is empty (the second line of a spanning header).
  let r = 1
  while (r < rows.length && rows[r]![0] === '' && rows[r]!.some((c) => c !== '')) r++
  const headerRows = rows.slice(0, r)
  const width = Math.max(...rows.map((x) => x.length))
  const columns: string[] = []
  for (let c = 0; c < width; c++) {
    const parts: string[] = []
    for (let h = 0; h < headerRows.length; h++) {
      let cell = headerRows[h]![c] ?? ''
      // A spanning cell printed once: an empty cell above a filled one takes the name to its left.
      if (cell === '' && h < headerRows.length - 1 && headerRows.slice(h + 1).some((row) => (row[c] ?? '') !== '')) {
        for (let k = c - 1; k >= 0 && cell === ''; k--) cell = headerRows[h]![k] ?? ''
      }
      if (cell) parts.push(cell)
    }
    columns.push(parts.join(' '))
  }
  const headerRowNodes = table.children.slice(0, r)
  result.children.push({
    type: 'tableHeader',
    id: makeId(id, 'header'),
    position: span(headerRowNodes[0]!, headerRowNodes.at(-1)!),
    columns,
    rows: headerRows,
    value: headerRows.map((row) => row.filter(Boolean).join('\t')).join('\n')
  })

  const numberCol = columns.findIndex((c) => patterns.numberColumn.test(c))
  let nameCol = columns.findIndex((c) => patterns.nameColumn.test(c))
  if (nameCol < 0) nameCol = numberCol === 0 ? 1 : 0
  const attributeCol = columns.findIndex((c) => patterns.attributeColumn.test(c))

  let group: TableGroup | undefined
  let parentRow: IndicatorGroup | undefined
  const subOrd = new Map<string, Ordinals>()
  const groupOrd = new Ordinals()
  const seen = new Set<string>()
  for (let k = r; k < rows.length; k++) {
    const cells = rows[k]!
    while (cells.length < width) cells.push('')
    const node = table.children[k]!
    const value = cells.join('\t').replace(/\t+$/, '')
    const nameCell = cells[nameCol] ?? ''
    const others = cells.filter((_, c) => c !== nameCol && c !== numberCol)
    // A grouping row prints its title alone, in whichever column the layout put it.
    const filled = cells.filter((c) => c !== '')
    const gm = filled.length === 1 ? patterns.tableGroup.exec(filled[0]!) : null
    if (gm) {
      const gn = parseChineseNumeral(gm[1]!)
      if (gn === undefined) report(node, 'numeral', `${JSON.stringify(gm[1])} is not a Chinese numeral`)
      const declared = gm[3] ? Number(gm[3]) : undefined
      group = {
        type: 'tableGroup',
        id: makeId(id, 'grp', gn ?? `x${groupOrd.next('bad')}`),
        position: pos(node),
        number: gn ?? 0,
        label: gm[1]!,
        title: gm[2]!.trim(),
        ...(declared !== undefined ? { declaredCount: declared } : {}),
        table: number,
        value
      }
      result.children.push(group)
      parentRow = undefined
      continue
    }
    let printed: string | undefined
    let name = nameCell
    if (numberCol >= 0 && /^\d+$/.test(cells[numberCol] ?? '')) printed = cells[numberCol]
    else {
      const nm = patterns.rowNumber.exec(nameCell)
      if (nm) {
        printed = nm[1]
        name = nm[2]!.trim()
      }
    }
    const hasValues = others.some((c) => c !== '')
    const facets = {
      table: number,
      name,
      ...(group ? { category: group.title, group: group.id } : {}),
      cells,
      value
    }
    if (printed !== undefined) {
      const rowId = makeId(id, 'ind', Number(printed))
      if (seen.has(rowId)) report(node, 'duplicate-number', `row number ${printed} appears twice in 表 ${number}`)
      seen.add(rowId)
      if (!hasValues) {
        parentRow = {
          type: 'indicatorGroup',
          id: rowId,
          position: pos(node),
          number: Number(printed),
          label: numberCol >= 0 ? printed : `${printed}.`,
          ...facets
        }
        result.children.push(parentRow)
        continue
      }
      parentRow = undefined
      const ind: Indicator = {
        type: 'indicator',
        id: rowId,
        position: pos(node),
        number: Number(printed),
        label: numberCol >= 0 ? printed : `${printed}.`,
        ...facets,
        ...(attributeCol >= 0 && cells[attributeCol] ? { attribute: cells[attributeCol] } : {}),
        values: {},
        monitored: true
      }
      result.children.push(ind)
      continue
    }
    if (!parentRow) report(node, 'row-unnumbered', `row ${JSON.stringify(nameCell)} of 表 ${number} has no number and no numbered row above it to belong to`)
    const parentId = parentRow?.id ?? id
    const ord = subOrd.get(parentId) ?? new Ordinals()
    subOrd.set(parentId, ord)
    const ind: Indicator = {
      type: 'indicator',
      id: makeId(parentId, 'sub', ord.next('sub')),
      position: pos(node),
      ...facets,
      ...(parentRow ? { parent: parentRow.id } : {}),
      ...(attributeCol >= 0 && cells[attributeCol] ? { attribute: cells[attributeCol] } : {}),
      values: {},
      monitored: true
    }
    result.children.push(ind)
  }

  const noteOrd = new Ordinals()
  for (const p of notes) {
    const value = text(p)
    const nm = patterns.noteNumber.exec(value)
    const n = nm ? Number(nm[1]) : noteOrd.next('note')
    const note: TableNote = { type: 'tableNote', id: makeId(id, 'note', n), position: pos(p), number: n, value }
    result.children.push(note)
  }
  enrichIndicators(result, nameCol, report)
  return result
}
