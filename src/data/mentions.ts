/**
 * Where the text names each project (mentions.json): what the renderers read
 * when `projects: true` marks the mentions, without the projects' sectors,
 * places and ties.
 */
import raw from '../generated/mentions.json' with { type: 'json' }
import type { ProjectMention } from './split.js'

/** Each project's ID and where it stands, in the projects' order. Never handed out (the renderers copy what they print), so not frozen. */
export function mentionList(): readonly ProjectMention[] {
  return raw as unknown as ProjectMention[]
}
