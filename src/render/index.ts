/**
 * Renderers for documentation sites. Each takes the `Store` (src/query/store.ts)
 * and an optional node ID, renders that node (the whole plan without one) and
 * throws `PlanError('unknown-id')` for an ID that does not exist:
 *
 * - `toMdast(store, id?)`: an mdast `Root` in the Markdown edition's conventions, with
 *   `data.hProperties.id` on every node for HTML;
 * - `toMarkdown(store, id?)`: Markdown (GFM); for the whole plan, what `parsePlan` reads back to the same tree;
 * - `toHast(store, id?)`, `toHtml(store, id?)`: a hast `Root` / an HTML fragment where every node's ID is an `id`.
 */
export { toMdast } from './mdast.js'
export { toMarkdown, markdownOptions } from './markdown.js'
export { toHast, toHtml } from './hast.js'
