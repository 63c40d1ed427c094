/**
 * Markdown -> mdast, in bounded work. remark (micromark) spends, on some
 * inputs, time that grows with the square of the text: it copies the
 * document's events each time a block quote or list item closes, and
 * matches emphasis and link markers pairwise within a paragraph. So the
 * text is first held to the limits (limits.ts, scan.ts), then handed to
 * remark a few top-level blocks at a time, and the pieces' positions moved
 * to where they stand in the whole: the tree is the one remark makes of the
 * whole text (test/hostile-markdown.test.ts compares them), at a cost that
 * grows with the text's length.
 *
 * One thing crosses blocks: a link reference (`[text][label]`, `[^1]`) uses
 * a definition anywhere in the document. A piece whose brackets name a
 * definition that stands in another piece is read again with that
 * definition put before it.
 */
import type { Nodes, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Diagnostic } from '../schema/diagnostic.js'
import { visit, type Walkable } from '../util/visit.js'
import { parseLimits, type ParseLimits } from './limits.js'
import { pointAt } from './position.js'
import { scan, type Block } from './scan.js'

/**
 * The plugin itself. In ESM a default import is the plugin; the CommonJS
 * build require()s these ESM-only packages (Node 20.19+), and the bundler's
 * interop then hands over their namespace, whose `default` is the plugin.
 */
function plugin<T>(imported: T): T {
  return typeof imported === 'function' ? imported : (imported as unknown as { default: T }).default
}

const processor = unified().use(plugin(remarkParse)).use(plugin(remarkGfm))

/** Blocks handed to remark at once: few enough that its cost per closed container stays small, enough to spare it the cost of a call per block. */
const PIECE_BLOCKS = 16
/** Characters handed to remark at once, unless one block is longer. */
const PIECE_LENGTH = 8_192
/** Characters of the next block's first line read after a piece. */
const SENTINEL = 64

export interface MarkdownRead {
  root: Root
  /** What the text breaks of the limits: each left out, at its place. */
  diagnostics: Diagnostic[]
}

const BOM = 0xfeff
const LF = 0x0a
const CR = 0x0d

/**
 * Read Markdown within `limits`. A text longer than `maxLength` gives an
 * empty root; a block that breaks another limit is left out. Both are
 * reported in `diagnostics`, naming `file`. `pieceBlocks` is how many
 * blocks remark reads at once (1: each alone, as the tests compare).
 */
export function readMarkdown(markdown: string, file = 'plan.md', limits: ParseLimits = parseLimits, pieceBlocks = PIECE_BLOCKS): MarkdownRead {
  // remark reads a byte order mark as nothing, and counts positions after it.
  const text = markdown.charCodeAt(0) === BOM ? markdown.slice(1) : markdown
  const empty: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } }
  if (text.length > limits.maxLength) {
    const at = pointAt(text, limits.maxLength)
    const message = `the Markdown is ${text.length} characters long; parsePlan reads up to ${limits.maxLength}, and reads none of a longer text`
    return { root: empty, diagnostics: [{ severity: 'error', rule: 'input-too-large', message, file, line: at.line, column: at.column }] }
  }
  const { blocks, diagnostics, end } = scan(text, limits, file)
  const pieces = group(blocks, pieceBlocks).map((piece) => ({ ...piece, root: parsePiece(text, piece, '') }))
  resolveAcross(text, pieces)
  const root: Root = { type: 'root', children: pieces.flatMap((p) => p.root.children), position: { start: { line: 1, column: 1, offset: 0 }, end } }
  return { root, diagnostics }
}

/** The mdast of the whole text, its blocks beyond the limits left out (readMarkdown says which). */
export function parseMarkdown(markdown: string): Root {
  return readMarkdown(markdown).root
}

/** Adjacent blocks, a few at a time. */
function group(blocks: readonly Block[], most: number): Block[] {
  const pieces: Block[] = []
  let piece: Block | undefined
  let count = 0
  for (const b of blocks) {
    if (piece && piece.end === b.start && count < most && b.end - piece.start <= PIECE_LENGTH) {
      piece = { start: piece.start, end: b.end, line: piece.line }
      count++
    } else {
      if (piece) pieces.push(piece)
      piece = b
      count = 1
    }
  }
  if (piece) pieces.push(piece)
  return pieces
}

/**
 * remark's mdast of one piece, its positions those of the whole text.
 * `before` (definitions from other pieces, then a blank line) is read first
 * and its nodes dropped.
 */
function parsePiece(text: string, piece: Block, before: string): Root {
  // With the next block's first line (its start, enough to tell what it opens): it closes what the piece leaves
  // open, as it does in the whole text (remark ends a list item or block quote a little differently at the text's
  // end); its own nodes are dropped.
  let end = piece.end
  while (end < text.length && end - piece.end < SENTINEL && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++
  const source = before + text.slice(piece.start, end)
  const own = before.length + piece.end - piece.start
  const root = processor.parse(source)
  root.children = root.children.filter((n) => (n.position?.start.offset ?? 0) >= before.length && (n.position?.start.offset ?? 0) < own)
  const lineShift = piece.line - 1 - lineEndings(before)
  const offsetShift = piece.start - before.length
  visit<Nodes & Walkable>(root, (node) => {
    const p = node.position
    if (!p) return
    node.position = {
      start: { line: p.start.line + lineShift, column: p.start.column, offset: (p.start.offset ?? 0) + offsetShift },
      end: { line: p.end.line + lineShift, column: p.end.column, offset: (p.end.offset ?? 0) + offsetShift }
    }
  })
  return root
}

/** Labels as CommonMark matches them: whitespace runs as one space, trimmed, case folded (as mdast's `identifier`). */
function identifier(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase()
}

interface Piece extends Block {
  root: Root
  /** The definitions it holds (`^` before a footnote's). */
  defines?: Set<string>
}

/** The text between brackets that could be a link label or a footnote call (`^1`); a label holds no unescaped bracket. */
const BRACKETS = /\[((?:[^[\]\\]|\\[\s\S])*)\]/g

/** Read again each piece that names a definition (or footnote) that stands in another piece. */
function resolveAcross(text: string, pieces: Piece[]): void {
  if (pieces.length < 2) return
  const definitions = new Map<string, { source: string; piece: Piece }>()
  for (const piece of pieces)
    visit<Nodes & Walkable>(piece.root, (node) => {
      if (node.type !== 'definition' && node.type !== 'footnoteDefinition') return
      const key = (node.type === 'footnoteDefinition' ? '^' : '') + node.identifier
      ;(piece.defines ??= new Set()).add(key)
      if (!definitions.has(key)) definitions.set(key, { source: `[${node.type === 'footnoteDefinition' ? '^' : ''}${node.label ?? node.identifier}]: x`, piece })
    })
  if (definitions.size === 0) return
  for (const piece of pieces) {
    const needed = new Set<string>()
    for (const m of text.slice(piece.start, piece.end).matchAll(BRACKETS)) {
      const content = m[1]!
      const key = content.startsWith('^') ? '^' + identifier(content.slice(1)) : identifier(content)
      const definition = definitions.get(key)
      if (definition && !piece.defines?.has(key)) needed.add(definition.source)
    }
    if (needed.size) piece.root = parsePiece(text, piece, [...needed].join('\n') + '\n\n')
  }
}

function lineEndings(s: string): number {
  return s.match(/\r\n|\r|\n/g)?.length ?? 0
}
