/**
 * Plan tree -> Markdown through mdast-util-to-markdown, in the conventions of
 * corpus/huozhou-14th/plan.md: `-` bullets indented by one space, `---`
 * rules, `**` strong, GFM tables without padded delimiters, and the same
 * escapes the import writes (src/util/markdown-escape.ts: `\[`, `\]`, `\*`, `\<`, `\>`,
 * `\&` anywhere in text, not only where CommonMark would misread them), so
 * that the whole plan renders to the bytes of plan.md.
 */
import { gfmToMarkdown } from 'mdast-util-gfm'
import type { Table } from 'mdast'
import { toMarkdown as mdastToMarkdown, type Handle, type Options, type Unsafe } from 'mdast-util-to-markdown'
import type { Store } from '../query/store.js'
import { escapedCharacters } from '../util/markdown-escape.js'
import { planToMarkdown } from './figure.js'
import { toMdast } from './mdast.js'

/** plan.md escapes these wherever they occur in text. */
const alwaysEscaped: Unsafe[] = escapedCharacters.map((character) => ({ character, inConstruct: 'phrasing' }))

/**
 * GFM tables as plan.md writes them: `| a |  | b |` with one space of padding
 * on each side of every cell (empty ones too) and `| --- |` delimiters;
 * mdast-util-gfm's own serializer either aligns columns or shrinks empty
 * cells and delimiters. Cells still go through its `tableCell` handler, so
 * their escaping (`|` …) is unchanged.
 */
const table: Handle = (node: Table, _parent, state, info) => {
  const rows = node.children.map((row) => row.children.map((cell) => state.handle(cell, row, state, { ...info, before: '|', after: '|' })))
  const width = Math.max(0, ...rows.map((r) => r.length))
  const line = (cells: string[]) => '| ' + [...cells, ...Array<string>(width - cells.length).fill('')].join(' | ') + ' |'
  const [head = [], ...body] = rows
  return [line(head), '|' + ' --- |'.repeat(width), ...body.map(line)].join('\n')
}

export const markdownOptions: Options = {
  bullet: '-',
  listItemIndent: 'one',
  rule: '-',
  strong: '*',
  emphasis: '*',
  extensions: [gfmToMarkdown({ tablePipeAlign: false }), planToMarkdown],
  unsafe: alwaysEscaped,
  handlers: { table }
}

/** Markdown of the node with this ID (the whole plan without one); `PlanError` for an unknown ID. */
export function toMarkdown(store: Store, id?: string): string {
  return mdastToMarkdown(toMdast(store, id, { marks: 'plain' }), markdownOptions)
}
