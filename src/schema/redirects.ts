/**
 * Retired IDs. Every published ID is a promise: when one must go (the
 * document was renumbered, a node was split), it stays as a redirect that
 * getNode follows, and removing it is a major version.
 */
import { z } from 'zod'

export const RedirectSchema = z.union([
  z.strictObject({ moved: z.string().min(1), why: z.string().min(1) }),
  z.strictObject({ split: z.array(z.string().min(1)).min(2), why: z.string().min(1) }),
  // A project the extraction no longer finds because it was not one (a name fixed into another is `moved`).
  z.strictObject({ withdrawn: z.literal(true), why: z.string().min(1) })
])

export const RedirectsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Retired ID -> where it went. */
  redirects: z.record(z.string().min(1), RedirectSchema)
})

export type Redirect = z.infer<typeof RedirectSchema>
export type RedirectsFile = z.infer<typeof RedirectsFileSchema>

/** Where an ID stands: current, retired to one node (moved) or to several (split), withdrawn (a project that was not one), or unknown. */
export interface Resolution {
  id: string
  status: 'current' | 'moved' | 'split' | 'withdrawn' | 'unknown'
  /** The current IDs it stands for now (itself when current; none when withdrawn or unknown). */
  targets: string[]
  /** Why it was retired (moved, split, withdrawn). */
  why?: string
}
