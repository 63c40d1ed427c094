/**
 * The phrasing of one block of plan text: its bold spans as mdast `strong`,
 * and, when asked, each project mention as a text node that HTML renders as
 * `<span id="…" class="plan-project" data-project="…">` (or an `<a>` to the
 * project's page). Mentions live only in `data.hName`/`data.hProperties`, so
 * the Markdown of the phrasing is the same with or without them.
 */
import type { PhrasingContent, Strong, Text } from 'mdast'
import type { Context, Mention } from './context.js'

export type Span = readonly [start: number, end: number]

export const text = (value: string): Text => ({ type: 'text', value })

function mentionText(ctx: Context, value: string, mention: Mention): Text {
  const url = ctx.options.href(mention.project, 'project')
  return {
    type: 'text',
    value,
    data: { hName: url === undefined ? 'span' : 'a', hProperties: { id: mention.id, className: ['plan-project'], dataProject: mention.project, ...(url === undefined ? {} : { href: url }) } }
  }
}

/**
 * `value` cut at every bold span and mention boundary. Spans must not
 * overlap each other; a mention that overlaps an earlier one is left out,
 * and one that crosses a bold boundary is marked on both sides of it.
 *
 * @param ctx the rendering context (options, mentions)
 * @param value the node's text as printed
 * @param strong the bold spans, in order
 * @param mentions the mentions in `value`, by start
 */
export function phrasing(ctx: Context, value: string, strong: readonly Span[], mentions: readonly Mention[] = []): PhrasingContent[] {
  const kept: Mention[] = []
  for (const m of mentions) if (m.start < m.end && m.end <= value.length && !(kept.length && m.start < kept.at(-1)!.end)) kept.push(m)
  const cuts = new Set([0, value.length])
  for (const [s, e] of strong) cuts.add(s).add(e)
  for (const m of kept) cuts.add(m.start).add(m.end)
  const points = [...cuts].sort((a, b) => a - b)

  const out: PhrasingContent[] = []
  let open: Strong | undefined
  let openIndex = -1
  let si = 0
  let mi = 0
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k]!, points[k + 1]!]
    while (si < strong.length && strong[si]![1] <= a) si++
    while (mi < kept.length && kept[mi]!.end <= a) mi++
    const inStrong = si < strong.length && strong[si]![0] <= a ? si : -1
    const mention = mi < kept.length && kept[mi]!.start <= a ? kept[mi] : undefined
    const piece = mention ? mentionText(ctx, value.slice(a, b), mention) : text(value.slice(a, b))
    if (inStrong < 0) {
      open = undefined
      out.push(piece)
    } else {
      if (!open || openIndex !== inStrong) out.push((open = { type: 'strong', children: [] }))
      openIndex = inStrong
      open.children.push(piece)
    }
  }
  return out.length ? out : [text(value)]
}

/**
 * The span of a lead (`title`) in its paragraph, found in the text rather
 * than assumed at its start, so that a dash before it
 * (`——**经济发展迈上新台阶**。`) and the punctuation after it stay outside the
 * bold: CommonMark does not close `**` between a punctuation mark and a Han
 * character. None when the title is empty, is the whole text, or is absent.
 */
export function leadSpan(value: string, title: string): Span[] {
  const at = title === '' || title === value ? -1 : value.indexOf(title)
  return at < 0 ? [] : [[at, at + title.length]]
}
