/**
 * How much `parsePlan` reads, at most. Each limit bounds the work of a step
 * that would otherwise grow faster than its input (remark's container and
 * inline parsing, the recursion of remark's and zod's walks); the pre-scan
 * (scan.ts) holds the Markdown to them line by line, before remark sees it.
 * What breaks one is reported at its place and left out, never parsed.
 *
 * A block here is a top-level block of the Markdown: the lines from one that
 * starts a block at the left margin after a blank line, or from a heading
 * (a heading, a paragraph, a box, a table, a list with its items), up to
 * the next such line (scan.ts says exactly). Against the Huozhou plan
 * (83,327 characters): its largest block is 2,831 characters, its deepest
 * line 3 by the count below, its paragraph with the most markers has 56,
 * its largest list 67 items, its widest table 7 columns, and no line is
 * lazy.
 */
export interface ParseLimits {
  /** Characters (UTF-16 code units) of the whole Markdown; a longer input is refused whole (`input-too-large`). */
  readonly maxLength: number
  /** Characters of one top-level block (`block-too-large`). */
  readonly maxBlockLength: number
  /** Block quotes and list items nested on one line, as its `>`, list markers and indentation can open them (`too-deep`). */
  readonly maxDepth: number
  /** Emphasis and link markers (`*`, `_`, `~`, `[`, `]`, not escaped) in one paragraph: they bound the nesting of emphasis and remark's matching of them (`too-many-markers`). */
  readonly maxMarkers: number
  /** Lines of one block that continue a block quote or list item without its `>` or indentation (lazy lines, `too-many-lazy-lines`). */
  readonly maxLazyLines: number
  /** List items that one block opens (`too-many-items`). */
  readonly maxItems: number
  /** Columns of one table, its longest row (`table-too-wide`). */
  readonly maxTableColumns: number
}

export const parseLimits: ParseLimits = Object.freeze({
  maxLength: 1_048_576,
  maxBlockLength: 65_536,
  maxDepth: 32,
  maxMarkers: 512,
  maxLazyLines: 64,
  maxItems: 1_024,
  maxTableColumns: 64
})
