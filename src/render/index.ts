/**
 * Renderers for documentation sites. Each takes the `Store` (src/query/store.ts),
 * an optional node ID, and (but `toMarkdown`) render options (options.ts) and
 * a source of projects; renders that node (the whole plan without one) and
 * throws `PlanError('unknown-id')` for an ID that does not exist:
 *
 * - `toMdast(store, id?, options?)`: an mdast `Root` in the Markdown edition's conventions, with
 *   what HTML needs in `data.hName` / `hProperties` / `hChildren`;
 * - `toMarkdown(store, id?)`: Markdown (GFM); for the whole plan, what `parsePlan` reads back to the same tree;
 * - `toHast(store, id?, options?)`, `toHtml(…)`: a hast `Root` / an HTML fragment where every node's ID is an `id`.
 */
export { toMdast, mdastOf, nodeFor } from './mdast.js'
export { toMarkdown, markdownOptions } from './markdown.js'
export { toHast, toHtml } from './hast.js'
export { planHandlers, planToMarkdown, type PlanFigure } from './figure.js'
export { createContext, type Context } from './context.js'
export { resolveOptions, type LinkKind, type RenderOptions, type RenderParts } from './options.js'
