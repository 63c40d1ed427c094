/**
 * Where the text names each project (mentions.json): what the renderers read
 * when `projects: true` marks the mentions, without the projects' sectors,
 * places and ties.
 */
import raw from '../generated/mentions.json' with { type: 'json' }
import { deepFreeze } from '../util/freeze.js'
import type { ProjectMention } from './split.js'

let mentions: readonly ProjectMention[] | undefined

/** Each project's ID and where it stands, in the projects' order, deep-frozen on first use. */
export function mentionList(): readonly ProjectMention[] {
  return (mentions ??= deepFreeze(raw as unknown as ProjectMention[]))
}
