/**
 * `@huozhou/plan/outline`: the outline alone (chapters, sections, the 目录
 * with pages), for a documentation site's sidebar. It carries none of the
 * plan's text and no parser.
 */
import raw from './generated/outline.json' with { type: 'json' }
import type { Outline } from './export/outline.js'
import { deepFreeze } from './util/freeze.js'

let data: Outline | undefined

/** The plan's title, its chapters and sections with IDs, labels, titles and pages, and the 目录 entries. */
export function outline(): Outline {
  return (data ??= deepFreeze(raw as unknown as Outline))
}

export type { Outline, OutlineChapter, OutlineSection } from './export/outline.js'
