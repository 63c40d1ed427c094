/**
 * `@huozhou/plan/render`: the plan for documentation sites, as mdast, hast,
 * HTML or Markdown. Headings, boxes, tables and every block carry their node
 * IDs (HTML `id` attributes), so anchors are the plan's own IDs. Kept out of
 * the default entry: the mdast/hast utilities load only for those who render.
 */
import { db } from './db.js'
import * as render from './render/index.js'
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'

/** mdast of a node (or of the whole plan without an ID), in the Markdown edition's conventions. */
export function toMdast(id?: string): MdastRoot {
  return render.toMdast(db(), id)
}

/** hast of a node (or of the whole plan), with IDs as `id` attributes and tables as real `<table>`s. */
export function toHast(id?: string): HastRoot {
  return render.toHast(db(), id)
}

/** HTML of a node (or of the whole plan). */
export function toHtml(id?: string): string {
  return render.toHtml(db(), id)
}

/** Markdown of a node (or of the whole plan; that one parses back to the same tree). */
export function toMarkdown(id?: string): string {
  return render.toMarkdown(db(), id)
}
