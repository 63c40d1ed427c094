/**
 * Text -> Markdown: turns a plan's extracted text (after its errata) into the
 * Markdown edition, using the genre's own printed conventions (第X章 / 第X节
 * headings, 专栏 X-Y boxes, 表 X-Y tables with tab-separated rows, 注 notes,
 * 抄送 closing block) and the corpus' structure annotation for what the text
 * cannot tell (where a box ends, which box items nest, a measure's lead
 * length). corpus/README.md describes the Markdown it writes.
 *
 * It adds markup only: every character of the corrected text reaches the
 * Markdown (whitespace aside), which test/corpus-faithful.test.ts proves.
 *
 * The steps read the text in order over one cursor (`ImportContext`):
 * front matter, 目录, the plan's title, the body.
 */
import type { Structure } from '../schema/corpus.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import { blockText } from './blocks.js'
import { body } from './body.js'
import { createContext, type ImportContext } from './context.js'
import { frontMatter } from './front-matter.js'
import { inline } from './inline.js'
import { toc } from './toc.js'

export interface ImportResult {
  markdown: string
  diagnostics: Diagnostic[]
}

export function toMarkdown(text: string, structure: Structure, file = 'source.txt'): ImportResult {
  const context = createContext(text, structure, file)
  frontMatter(context)
  if (toc(context)) {
    title(context)
    body(context)
  }
  return { markdown: context.out.join('\n\n') + '\n', diagnostics: context.diagnostics }
}

/** The plan's own title: the block after the 目录, as a `#` heading. */
function title(context: ImportContext): void {
  const block = context.blocks[context.index]
  if (!block) return
  context.out.push(`# ${inline(blockText(block))}`)
  context.index++
}
