/**
 * The remark plugin: with remark-directive, a page's own Markdown embeds any
 * part of the plan by its ID.
 *
 * - `::plan{id="box_4-3"}` (a leaf directive) is replaced by that node's
 *   mdast, the same as `toMdast('box_4-3', options)`; `::plan[box_4-3]`
 *   works too. Attributes narrow it for one directive: `heading`, `caption`,
 *   `notes`, `boxes`, `tables`, `toc` (`"false"` leaves the part out),
 *   `depth`, `headingOffset`.
 * - `:plan[chp_4__sec_3]` (a text directive) becomes a link to the node
 *   (`linkTo`, else `#id`) whose text is its label and title
 *   (`第三节 …`, `专栏 4-3 …`); `:plan[the text]{id="…"}` keeps
 *   the author's text.
 *
 * A problem in the page (an unknown ID, a bad attribute, `:::plan`) is a
 * message on the file at the directive's position
 * (`file.message(reason, {place, ruleId, source})`), never a throw, unless
 * `fatal` asks for `file.fail`. A retired ID is followed to where it moved,
 * with a message. An embedding that would repeat element IDs already on the
 * page (the same node twice, a chapter and one of its sections) is rendered
 * without them, with a `duplicate-id` message (ids.ts); `fatal` does not
 * stop at it, since nothing of the page is lost. The plugin imports nothing
 * from unified: it is a function unified calls, so it works with the site's
 * own copy.
 */
import type { Link, PhrasingContent, Root } from 'mdast'
import type { Position } from 'unist'
import { PlanError } from '../errors.js'
import { followIn } from '../ids/redirects.js'
import type { Store } from '../query/store.js'
import type { PlanNode } from '../schema/plan.js'
import type { ProjectMention } from '../data/split.js'
import { createContext, type Context } from '../render/context.js'
import { planToMarkdown } from '../render/figure.js'
import { mdastOf } from '../render/mdast.js'
import { PART_KEYS, resolveOptions, type RenderOptions } from '../render/options.js'
import { visit } from '../util/visit.js'
import { createIdLedger, type Embedding, type Repeats } from './ids.js'

export interface RemarkPlanOptions extends RenderOptions {
  /** Stop the pipeline (`file.fail`) at an unknown ID instead of reporting it and going on. Default `false`. */
  readonly fatal?: boolean
}

/** What the plugin needs of a vfile (a `VFile` from unified has it). */
export interface MessageTarget {
  message(reason: string, options: { place?: Position; ruleId: string; source: string }): unknown
  fail(reason: string, options: { place?: Position; ruleId: string; source: string }): never
}

/** The data store of the processor the plugin is attached to (`this.data()` in unified). */
export interface ProcessorLike {
  /** unified's data store; remark-stringify reads `toMarkdownExtensions` from it. */
  data(): unknown
}

/** Any node of the page's tree: it may hold node types of other plugins. */
interface AnyNode {
  type: string
  children?: AnyNode[]
  position?: Position
}

/** A remark-directive node, as mdast-util-directive defines it. */
interface Directive {
  type: 'containerDirective' | 'leafDirective' | 'textDirective'
  position?: Position
  name: string
  attributes?: Record<string, string | null | undefined> | null
  children: PhrasingContent[]
}

export const SOURCE = '@huozhou/plan'
const NAME = 'plan'
const NUMBER_ATTRIBUTES = ['depth', 'headingOffset'] as const
const ATTRIBUTES = ['id', ...PART_KEYS, ...NUMBER_ATTRIBUTES] as const

const isDirective = (node: AnyNode): boolean =>
  (node.type === 'leafDirective' || node.type === 'textDirective' || node.type === 'containerDirective') && (node as { name?: unknown }).name === NAME

/** The text of a directive's label (`[…]`), as written. */
function labelText(node: Directive): string {
  return node.children.map((c) => ('value' in c ? c.value : '')).join('').trim()
}

/** How a link to a node reads: its label and title where it has them (`专栏 4-3 …`), else its name or the start of its text. */
export function linkText(node: PlanNode): string {
  if ('label' in node && node.label && 'title' in node && node.title) return `${node.label} ${node.title}`
  if ('name' in node && node.name) return node.name
  if ('title' in node && node.title) return node.title
  const first = 'children' in node ? (node.children as readonly PlanNode[])[0] : undefined
  if (first?.type === 'heading') return first.value
  const value = 'value' in node ? node.value : node.id
  return value.length > 24 ? `${value.slice(0, 23)}…` : value
}

/** A directive's own attribute (one inherited from `Object.prototype` is not in the Markdown). */
function attribute(node: Directive, name: string): string | null | undefined {
  const attributes = node.attributes
  return attributes && Object.hasOwn(attributes, name) ? attributes[name] : undefined
}

/**
 * The plugin's options, own properties only (as every option of the API):
 * `fatal`, and the render options in a record with no prototype, so that no
 * later read of them (`include`, `depth` …) reaches `Object.prototype`. What
 * is not an object goes to `resolveOptions` as it is, for its `PlanError`.
 */
function splitOptions(options: unknown): { fatal: unknown; render: RenderOptions } {
  if (options === undefined || options === null) return { fatal: false, render: Object.create(null) as RenderOptions }
  let keys: string[] | undefined
  try {
    if (typeof options === 'object' && !Array.isArray(options)) keys = Object.keys(options)
  } catch {
    keys = undefined
  }
  if (!keys) return { fatal: false, render: options as RenderOptions }
  const render = Object.create(null) as Record<string, unknown>
  let fatal: unknown = false
  for (const key of keys) {
    const value = (options as Record<string, unknown>)[key]
    if (key === 'fatal') fatal = value === undefined ? false : value
    else render[key] = value
  }
  return { fatal, render: render as RenderOptions }
}

/** Where an embedding stands, as editors write it (`5:1`). */
const at = (e: Embedding): string => (e.place ? `${e.place.start.line}:${e.place.start.column}` : 'an unknown place')

/** The message for an embedding that repeated element IDs of earlier ones: the node, and where each earlier one stands. */
function repeatedReason(id: string, { earlier, removed }: Repeats): string {
  const ids = `${removed} element ID${removed === 1 ? '' : 's'}`
  if (earlier.length === 1 && earlier[0]!.id === id)
    return `Plan node \`${id}\` is embedded again, first at ${at(earlier[0]!)}: this copy is rendered without the ${ids} the first holds, as an ID must be unique on a page`
  const list = earlier.map((e, k) => `\`${e.id}\` ${k ? 'at' : 'embedded at'} ${at(e)}`)
  const of = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0]
  return `Plan node \`${id}\` repeats ${ids} of ${of}: rendered here without ${removed === 1 ? 'it' : 'them'}, as an ID must be unique on a page`
}

interface Found {
  node: Directive
  parent: { children: unknown[] }
}

/**
 * The plugin's factory, over the plan's store and projects (the entry passes
 * the bundled plan's).
 */
export function createRemarkPlan(store: () => Store, projects: () => readonly ProjectMention[]) {
  /**
   * Expand `::plan{id=…}` and `:plan[…]` directives (remark-directive must run before).
   *
   * @param options render options (as `toMdast`'s) and `fatal`; checked when the plugin is attached
   */
  return function remarkPlan(this: ProcessorLike | void, options?: RemarkPlanOptions) {
    const { fatal, render } = splitOptions(options)
    if (typeof fatal !== 'boolean') throw new PlanError('invalid-argument', 'options.fatal', 'options.fatal must be true or false', ['true', 'false'])
    resolveOptions(render)
    // remark-stringify (a site writing Markdown back) needs to know the one node type of ours.
    if (this && typeof this.data === 'function') {
      const data = this.data() as { toMarkdownExtensions?: unknown[] }
      ;(data.toMarkdownExtensions ??= []).push(planToMarkdown)
    }

    return function transform(tree: Root, file: MessageTarget): undefined {
      const found: Found[] = []
      visit<AnyNode>(tree as AnyNode, (node, parent) => {
        if (parent?.children && isDirective(node)) found.push({ node: node as unknown as Directive, parent: parent as { children: unknown[] } })
      })
      if (!found.length) return
      const base = createContext(store(), render, projects)
      const claim = createIdLedger()

      const report = (reason: string, node: Directive, ruleId: string, stop = false) => {
        const where = { ...(node.position ? { place: node.position } : {}), ruleId, source: SOURCE }
        if (stop) file.fail(reason, where)
        file.message(reason, where)
      }

      /** The options of one directive: the plugin's, narrowed by its attributes. */
      const contextFor = (node: Directive): Context => {
        const include: Record<string, boolean> = { ...render.include }
        const own = Object.create(null) as Record<string, number>
        let changed = false
        for (const [key, value] of Object.entries(node.attributes ?? {})) {
          if (key === 'id') continue
          if (!(ATTRIBUTES as readonly string[]).includes(key)) {
            report(`Unknown attribute \`${key}\` on \`::plan\`; expected one of ${ATTRIBUTES.join(', ')}`, node, 'unknown-attribute')
            continue
          }
          if ((NUMBER_ATTRIBUTES as readonly string[]).includes(key)) {
            const n = Number(value)
            if (value === '' || value == null || !Number.isInteger(n)) report(`Attribute \`${key}\` must be a whole number, got \`${value}\``, node, 'invalid-attribute')
            else own[key] = n
          } else if (value === 'true' || value === 'false' || value === '' || value == null) include[key] = value !== 'false'
          else {
            report(`Attribute \`${key}\` must be \`true\` or \`false\`, got \`${value}\``, node, 'invalid-attribute')
            continue
          }
          changed = true
        }
        if (!changed) return base
        // A directive's depth or headingOffset replaces the plugin's heading option.
        const { depth, headingOffset, ...rest } = render
        const headings = 'depth' in own || 'headingOffset' in own ? own : { ...(depth === undefined ? {} : { depth }), ...(headingOffset === undefined ? {} : { headingOffset }) }
        try {
          return createContext(base.store, { ...rest, ...headings, include }, projects)
        } catch (error) {
          if (!(error instanceof PlanError)) throw error
          report(`Attributes of \`::plan\`: ${error.message}`, node, 'invalid-attribute')
          return base
        }
      }

      /** What a directive becomes (`undefined`: it stays as it is). Problems are reported here, in document order. */
      const expand = (node: Directive): unknown[] | undefined => {
        if (node.type === 'containerDirective') {
          report('Unexpected `:::plan` container directive: embed with a leaf directive, `::plan{id="box_4-3"}`', node, 'container-directive')
          return undefined
        }
        const label = labelText(node)
        const id = attribute(node, 'id') ?? label
        const target = id ? followIn(base.store.byId, base.store.redirects, id) : undefined
        if (!target) {
          const reason = id ? `Unknown plan ID \`${id}\` in \`${node.type === 'textDirective' ? ':' : '::'}plan\`` : 'Missing plan ID: write `::plan{id="box_4-3"}` or `:plan[chp_4__sec_3]`'
          report(reason, node, id ? 'unknown-id' : 'missing-id', fatal)
          // The sentence around an unknown reference stays readable; an unknown embed leaves nothing.
          return node.type === 'textDirective' && label ? [{ type: 'text', value: label }] : []
        }
        if (target.id !== id) report(`Plan ID \`${id}\` has moved to \`${target.id}\`; write the new ID`, node, 'moved-id')
        if (node.type === 'textDirective') {
          const text = attribute(node, 'id') && label ? label : linkText(target)
          const link: Link = { type: 'link', url: base.options.href(target.id, 'node') ?? `#${target.id}`, children: [{ type: 'text', value: text }], data: { hProperties: { className: ['plan-ref'] } } }
          return [link]
        }
        const blocks = mdastOf(contextFor(node), target).children
        // A link is not an anchor: only an embedding puts element IDs on the page.
        const repeats = claim(blocks, { id: target.id, place: node.position })
        if (repeats.earlier.length) report(repeatedReason(target.id, repeats), node, 'duplicate-id')
        return blocks
      }

      const replacements = found.map((f) => ({ ...f, by: expand(f.node) }))
      // Splice from the last directive back, so that the indexes of earlier ones stay right.
      for (const { node, parent, by } of replacements.reverse()) {
        const index = parent.children.indexOf(node)
        if (by && index >= 0) parent.children.splice(index, 1, ...by)
      }
    }
  }
}
