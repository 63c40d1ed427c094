/**
 * The element IDs that embeddings put on a page, so that none is there twice.
 *
 * Every element the renderer makes for a plan node carries the node's ID as
 * its HTML `id`: in mdast as `data.hProperties.id`, in the hast of a table's
 * `data.hChildren` as `properties.id`. A page that embeds the same node twice,
 * or a node and one of its ancestors or descendants (`chp_4` and
 * `chp_4__sec_3`), or two rows of one table (each with the table's header
 * rows), would hold those IDs twice: invalid HTML, and a `#chp_4__sec_3` link
 * that lands on whichever copy the browser picks. The first embedding keeps
 * its IDs; a later one loses each ID the page already holds and keeps the
 * others, so that every anchor is on the page exactly once, at its first
 * occurrence. References inside the later copy (`aria-labelledby` naming a
 * box's caption, `href="#…"` of a footnote mark) still resolve, to the first
 * copy of the same text.
 */
import type { Position } from 'unist'
import { own } from '../util/own.js'
import { visit } from '../util/visit.js'

/** One `::plan` embedding: the plan node it shows and where its directive stands. */
export interface Embedding {
  /** The ID of the node embedded (after following a retired ID). */
  readonly id: string
  /** The directive's position in the page, when the tree has one. */
  readonly place: Position | undefined
}

/** What a later embedding repeated of earlier ones. */
export interface Repeats {
  /** The earlier embeddings whose element IDs it repeated, in page order. */
  readonly earlier: readonly Embedding[]
  /** How many element IDs were left out of it. */
  readonly removed: number
}

/** An mdast node as the renderer makes it, or a hast node of its `data.hChildren`. */
interface RenderedNode {
  type: string
  children?: RenderedNode[]
  data?: { hProperties?: Record<string, unknown>; hChildren?: RenderedNode[] }
  properties?: Record<string, unknown>
}

/**
 * The property records in `blocks` that give an element its `id`, in
 * document order. Own fields only: a key someone set on `Object.prototype`
 * (`id`, `data`) is not an ID of the page.
 */
function idHolders(blocks: readonly unknown[]): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = []
  const take = (properties: Record<string, unknown> | undefined) => {
    if (properties && typeof own(properties, 'id') === 'string') out.push(properties)
  }
  for (const block of blocks)
    visit<RenderedNode>(block as RenderedNode, (node) => {
      const data = own(node, 'data')
      if (!data) return
      take(own(data, 'hProperties'))
      for (const hast of own(data, 'hChildren') ?? []) visit<RenderedNode>(hast, (element) => take(element.type === 'element' ? own(element, 'properties') : undefined))
    })
  return out
}

/**
 * A ledger of the IDs on one page (one per file: the plugin makes it in its
 * transform). `claim` the expansion of each embedding in page order.
 */
export function createIdLedger() {
  const owner = new Map<string, Embedding>()
  const claimed: Embedding[] = []
  /**
   * Record the element IDs of `blocks`, the expansion of `embedding`, and
   * remove from `blocks` those the page already holds (`blocks` are the
   * embedding's own, freshly rendered).
   *
   * @returns the earlier embeddings it repeated, and how many IDs it lost
   */
  return function claim(blocks: readonly unknown[], embedding: Embedding): Repeats {
    const earlier = new Set<Embedding>()
    let removed = 0
    for (const holder of idHolders(blocks)) {
      const id = holder.id as string
      const first = owner.get(id)
      if (first === undefined) owner.set(id, embedding)
      else if (first !== embedding) {
        earlier.add(first)
        delete holder.id
        removed++
      }
    }
    claimed.push(embedding)
    return { earlier: claimed.filter((e) => earlier.has(e)), removed }
  }
}
