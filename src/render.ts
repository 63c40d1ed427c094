/**
 * `@huozhou/plan/render`: the plan for documentation sites, as mdast, hast,
 * HTML or Markdown. Headings, boxes, tables and every block carry their node
 * IDs (HTML `id` attributes), so anchors are the plan's own IDs. The mdast
 * carries its HTML in `data` (hName, hProperties, hChildren), so a site's own
 * remark-rehype pipeline renders it as `toHtml` does. Kept out of the default
 * entry: the mdast/hast utilities load only for those who render.
 */
import { mentionList } from './data/mentions.js'
import { frozenPlanStore } from './data/plan.js'
import * as render from './render/index.js'
import type { RenderOptions } from './render/options.js'
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'

export type { LinkKind, RenderOptions, RenderParts } from './render/options.js'
export type { PlanFigure } from './render/figure.js'
export { planHandlers, planToMarkdown } from './render/figure.js'

// What `projects: true` reads of the projects: where each is named (mentions.json), not the projects themselves.
const projects = mentionList

/** mdast of a node (or of the whole plan without an ID), in the Markdown edition's conventions, with its HTML in `data`. */
export function toMdast(id?: string, options?: RenderOptions): MdastRoot {
  return render.toMdast(frozenPlanStore(), id, options, projects)
}

/** hast of a node (or of the whole plan), with IDs as `id` attributes and tables as real `<table>`s. */
export function toHast(id?: string, options?: RenderOptions): HastRoot {
  return render.toHast(frozenPlanStore(), id, options, projects)
}

/** HTML of a node (or of the whole plan). */
export function toHtml(id?: string, options?: RenderOptions): string {
  return render.toHtml(frozenPlanStore(), id, options, projects)
}

/** Markdown of a node (or of the whole plan; that one parses back to the same tree). */
export function toMarkdown(id?: string): string {
  return render.toMarkdown(frozenPlanStore(), id)
}
