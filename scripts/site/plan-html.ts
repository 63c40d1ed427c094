/**
 * The plan's own HTML, through the public renderer: `toHast()` of a part with
 * the site's render options, optionally adjusted (the indicators page adds
 * data attributes to table rows), then serialised with hast-util-to-html as
 * `toHtml()` itself does. Also the IDs a part renders, which is how the site
 * map learns where each node's anchor is.
 */
import type { Element, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { visit } from 'unist-util-visit'
import { toHast, type RenderOptions } from '../../src/render.js'

/** The element IDs in a rendered part. */
export function renderedIds(id: string, options?: RenderOptions): string[] {
  const ids: string[] = []
  visit(toHast(id, options), 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.push(node.properties.id)
  })
  return ids
}

/** HTML of a part of the plan; `adjust` may change the elements' properties first. */
export function planHtml(id: string, options: RenderOptions, adjust?: (element: Element) => void): string {
  const tree: Root = toHast(id, options)
  if (adjust) visit(tree, 'element', (node: Element) => adjust(node))
  return toHtml(tree)
}
