/**
 * Where every node of the plan lives on the site, and the `linkTo` the
 * renderer gets so that a node ID always resolves: a chapter's nodes on its
 * chapter page (chapter-4.html#box_4-3), the document's frame (header,
 * notice, 目录, preamble, closing) on the home page, projects on the projects
 * page. Built from the public API only: `ancestors()` says which chapter a
 * node is in, and the IDs the rendered hast carries say which element is its
 * anchor (a chapter's heading node is drawn as the chapter's own `<h1 id>`,
 * so a link to `chp_4__heading` goes to `#chp_4`).
 */
import { ancestors, getNode } from '../../src/index.js'
import type { LinkKind, RenderOptions } from '../../src/render.js'

/** The site's files, by what they show. */
export const FILES = {
  home: 'index.html',
  indicators: 'indicators.html',
  projects: 'projects.html',
  search: 'search.html',
  notFound: '404.html'
} as const

export const chapterFile = (n: number): string => `chapter-${n}.html`

/** The page a node of the plan is shown on: its chapter's, or the home page for the document's frame. */
export function pageOfNode(id: string): string {
  const node = getNode(id)
  if (!node) throw new Error(`site: no node ${JSON.stringify(id)} in the plan`)
  const chapter = [...ancestors(id), node].find((n) => n.type === 'chapter')
  return chapter && chapter.type === 'chapter' ? chapterFile(chapter.number) : FILES.home
}

/**
 * The anchors of the site: which page holds an element with each ID. A page
 * registers the IDs it renders; the first page to register an ID is its home
 * (a table is shown on its chapter's page and again on the indicators page:
 * links go to the chapter).
 */
export class SiteMap {
  readonly #pageOf = new Map<string, string>()

  /** Record that `page` has elements with these IDs. */
  add(page: string, ids: Iterable<string>): void {
    for (const id of ids) if (!this.#pageOf.has(id)) this.#pageOf.set(id, page)
  }

  /** The page holding an element with this ID, if any. */
  page(id: string): string | undefined {
    return this.#pageOf.get(id)
  }

  /**
   * The URL of a node: its page and its own element, or the nearest ancestor
   * that has one (a heading node drawn as its section's heading). Throws for a
   * node the site does not show, so that the build fails rather than ship a
   * dead link.
   */
  node(id: string): string {
    for (const candidate of [id, ...ancestors(id).map((n) => n.id).reverse()]) {
      const page = this.#pageOf.get(candidate)
      if (page) return `${page}#${candidate}`
    }
    throw new Error(`site: node ${JSON.stringify(id)} is on no page`)
  }

  /** The URL of a project's entry on the projects page. */
  project(id: string): string {
    return `${FILES.projects}#${id}`
  }

  /** The `linkTo` render option: nodes to their page, projects to the projects page. */
  linkTo(local?: (id: string) => boolean): NonNullable<RenderOptions['linkTo']> {
    return (id: string, kind: LinkKind) => (kind === 'project' ? this.project(id) : local?.(id) ? `#${id}` : this.node(id))
  }
}
