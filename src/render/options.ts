/**
 * The options every renderer takes (`toMdast`, `toHast`, `toHtml`, and the
 * remark plugin), checked the way the rest of the API checks its arguments:
 * an unknown key or a bad value throws a `PlanError` that names the option and
 * the allowed values; only the caller's own properties count (inherited ones
 * are ignored, as for filters). What a renderer reads is the resolved form,
 * with every default filled in.
 */
import { PlanError, describe, quote } from '../errors.js'
import { ownOptions } from '../query/filter.js'

/** What a link points to: a node of the plan, or a project (`projects()`). */
export type LinkKind = 'node' | 'project'

/** Which parts of a node to render; each is on unless set to `false`. */
export interface RenderParts {
  /** The heading of the rendered chapter, section, notice or 目录 itself (a section's `第三节 …`); the headings inside it stay (for boxes and tables, see `caption`). */
  readonly heading?: boolean
  /** The captions of boxes and tables (`专栏 4-3 …`, `表 1-1 …`). */
  readonly caption?: boolean
  /** The notes under a table (`注：1. …`). */
  readonly notes?: boolean
  /** The boxes (专栏) inside a chapter or section. */
  readonly boxes?: boolean
  /** The tables inside a chapter or section. */
  readonly tables?: boolean
  /** The 目录 (table of contents) of the whole plan. */
  readonly toc?: boolean
}

export interface RenderOptions {
  /**
   * Added to the depth of every heading: by default the notice's title is an
   * `<h1>`, chapters `<h2>`, sections `<h3>`. Depths stay within 1–6. Not
   * together with `depth`.
   */
  readonly headingOffset?: number
  /**
   * The depth (1–6) the rendered node's own heading takes; the headings
   * inside it follow (`toHtml('chp_4__sec_3', { depth: 2 })` starts at
   * `<h2>`). Not together with `headingOffset`.
   */
  readonly depth?: number
  /**
   * Where a link goes, for multi-page sites: called with a node ID (目录
   * entries, footnote marks, `:plan[…]` references) or a project ID; return a
   * URL, or `undefined` for the default (`#id` for a node; no link for a
   * project, which stays a `<span>`).
   */
  readonly linkTo?: (id: string, kind: LinkKind) => string | undefined
  /**
   * `'link'` (default): a table cell's footnote marks (`69.57**`, `[2.5]`)
   * link to the note that says what they mean; `'plain'`: as printed.
   */
  readonly marks?: 'link' | 'plain'
  /**
   * Mark where the text names a project: `<span class="plan-project"
   * data-project="…">`, an `<a>` where `linkTo` gives the project a URL.
   * Default `false`.
   */
  readonly projects?: boolean
  /** Which parts to render (all by default). */
  readonly include?: RenderParts
}

export interface ResolvedOptions {
  /** The offset, or the depth the node's own heading must take. */
  readonly headings: { readonly offset: number } | { readonly depth: number }
  readonly marks: 'link' | 'plain'
  readonly projects: boolean
  readonly include: Required<RenderParts>
  /** The URL of a node or a project; `undefined`: no link (a project without a page). */
  readonly href: (id: string, kind: LinkKind) => string | undefined
}

export const OPTION_KEYS = ['headingOffset', 'depth', 'linkTo', 'marks', 'projects', 'include'] as const
export const PART_KEYS = ['heading', 'caption', 'notes', 'boxes', 'tables', 'toc'] as const
export const MARKS = ['link', 'plain'] as const

const ALL_PARTS: Required<RenderParts> = Object.freeze({ heading: true, caption: true, notes: true, boxes: true, tables: true, toc: true })

const defaultHref = (id: string, kind: LinkKind) => (kind === 'node' ? `#${id}` : undefined)

/** `{ offset }` or `{ depth }` with no prototype: renderers test `'depth' in headings`, which must not find an inherited key. */
const headingsOf = (h: { offset: number } | { depth: number }): ResolvedOptions['headings'] => Object.freeze(Object.assign(Object.create(null) as object, h))

export const DEFAULTS: ResolvedOptions = Object.freeze({ headings: headingsOf({ offset: 0 }), marks: 'link', projects: false, include: ALL_PARTS, href: defaultHref })

function integer(value: unknown, argument: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new PlanError('invalid-argument', argument, `${argument} must be an integer from ${min} to ${max}, got ${describe(value)}`)
  return value
}

function boolean(value: unknown, argument: string): boolean {
  if (typeof value !== 'boolean') throw new PlanError('invalid-argument', argument, `${argument} must be true or false, got ${describe(value)}`, ['true', 'false'])
  return value
}

function parts(value: unknown): Required<RenderParts> {
  const out: Record<string, boolean> = { ...ALL_PARTS }
  const own = ownOptions(value, 'options.include', PART_KEYS, (key) => new PlanError('invalid-argument', 'options.include', `unknown part ${quote(key)}`, PART_KEYS))
  for (const key of PART_KEYS) if (own[key] !== undefined) out[key] = boolean(own[key], `options.include.${key}`)
  return out as Required<RenderParts>
}

/** A caller's `linkTo`, guarded: it must return a string or nothing. */
function guardedHref(linkTo: NonNullable<RenderOptions['linkTo']>): ResolvedOptions['href'] {
  return (id, kind) => {
    const url: unknown = linkTo(id, kind)
    if (url === undefined) return defaultHref(id, kind)
    if (typeof url !== 'string') throw new PlanError('invalid-argument', 'options.linkTo', `options.linkTo must return a string or undefined, got ${describe(url)} for ${JSON.stringify(id)}`)
    return url
  }
}

/** Check `options` and fill in the defaults; `PlanError` names the first option at fault. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return DEFAULTS
  const o = ownOptions(options, 'options', OPTION_KEYS, (key) => new PlanError('invalid-argument', 'options', `unknown option ${quote(key)}`, OPTION_KEYS))
  if (o.headingOffset !== undefined && o.depth !== undefined)
    throw new PlanError('invalid-argument', 'options.depth', 'options.depth and options.headingOffset cannot be given together: depth fixes where the headings start, headingOffset shifts them')
  const headings = headingsOf(o.depth !== undefined ? { depth: integer(o.depth, 'options.depth', 1, 6) } : { offset: o.headingOffset === undefined ? 0 : integer(o.headingOffset, 'options.headingOffset', -5, 5) })
  if (o.marks !== undefined && !(MARKS as readonly unknown[]).includes(o.marks))
    throw new PlanError('invalid-argument', 'options.marks', `options.marks must be "link" or "plain", got ${describe(o.marks)}`, MARKS)
  if (o.linkTo !== undefined && typeof o.linkTo !== 'function') throw new PlanError('invalid-argument', 'options.linkTo', `options.linkTo must be a function (id, kind) => url, got ${describe(o.linkTo)}`)
  return {
    headings,
    marks: (o.marks as ResolvedOptions['marks'] | undefined) ?? 'link',
    projects: o.projects === undefined ? false : boolean(o.projects, 'options.projects'),
    include: o.include === undefined ? ALL_PARTS : parts(o.include),
    href: o.linkTo === undefined ? defaultHref : guardedHref(o.linkTo as NonNullable<RenderOptions['linkTo']>)
  }
}
