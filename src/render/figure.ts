/**
 * `planFigure`: the one mdast node type of our own. A plan table is its
 * caption, the table and its notes; HTML wants them in one element
 * (`<figure>` with a `<figcaption>`), Markdown wants them as the three blocks
 * the edition prints. No standard mdast node groups blocks without adding
 * syntax, so a `planFigure` does, and says how to render it:
 *
 * - to HTML it needs nothing: it carries `data.hName: 'figure'`, which
 *   mdast-util-to-hast's default handling of unknown nodes honours (a plain
 *   `remark-rehype` renders it right); `planHandlers` does the same
 *   explicitly, for pipelines that replace that default;
 * - to Markdown its children are written as blocks (`planToMarkdown`, an
 *   mdast-util-to-markdown extension, which the remark plugin registers
 *   itself so that remark-stringify handles it).
 */
import type { Element } from 'hast'
import type { BlockContent, Parent } from 'mdast'
import type { Handler, State } from 'mdast-util-to-hast'
import type { Handle, Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import { deepFreeze } from '../util/freeze.js'

/** A table with its caption and notes: rendered as `<figure>` in HTML and as its blocks in Markdown. */
export interface PlanFigure extends Parent {
  type: 'planFigure'
  children: BlockContent[]
}

declare module 'mdast' {
  interface RootContentMap {
    planFigure: PlanFigure
  }
  interface BlockContentMap {
    planFigure: PlanFigure
  }
}

/** What mdast-util-to-hast's default for an unknown parent does with `hName: 'figure'`, so that both give the same HTML. */
const figure: Handler = (state: State, node: PlanFigure) => {
  const result: Element = { type: 'element', tagName: 'figure', properties: {}, children: state.all(node) }
  state.patch(node, result)
  return state.applyData(node, result)
}

/** mdast-util-to-hast handlers for the node type of ours (remark-rehype's `handlers` option). Deep-frozen: shared by every caller. */
export const planHandlers: Readonly<Record<'planFigure', Handler>> = deepFreeze({ planFigure: figure })

const figureToMarkdown: Handle = (node: PlanFigure, _parent, state, info) => state.containerFlow(node, info)

/**
 * An mdast-util-to-markdown extension that writes a `planFigure` as its
 * blocks (remark-stringify's `extensions`). Deep-frozen: `toMarkdown` uses
 * this very object, so a caller's change to it would change every later
 * `toMarkdown`.
 */
export const planToMarkdown: ToMarkdownOptions = deepFreeze({ handlers: { planFigure: figureToMarkdown } })
