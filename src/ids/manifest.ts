/**
 * The ID policy at build time: every ID of a committed manifest is still in
 * the tree or retired through a redirect whose targets exist, no redirect
 * shadows a current ID, and a new ID is listed before it ships. Run time
 * follows the same redirects (./redirects.ts).
 */
import type { Diagnostic } from '../schema/diagnostic.js'
import type { Redirect } from '../schema/redirects.js'
import { redirectTargets } from './redirects.js'

/** Where a value of redirects.json stands: the place of `redirects[id]` (path `[id]`), or of one of its keys or targets (`[id, 'moved']`, `[id, 'split', 1]`). */
export type LocateRedirect = (path: readonly [string, ...Array<string | number>]) => { line: number; column: number }

/**
 * The ID policy: every ID of the manifest is still in the tree, or is
 * retired through a redirect whose targets exist; no redirect shadows a
 * current ID. A redirect's problem is reported at its place in
 * `redirectsFile` (`locate`; the file's start without one).
 */
export function checkIds(
  manifest: readonly string[],
  present: ReadonlySet<string>,
  redirects: Readonly<Record<string, Redirect>>,
  manifestFile: string,
  redirectsFile: string,
  locate: LocateRedirect = () => ({ line: 1, column: 1 })
): Diagnostic[] {
  const out: Diagnostic[] = []
  manifest.forEach((id, k) => {
    if (present.has(id)) return
    const redirect = redirects[id]
    if (!redirect)
      out.push({ severity: 'error', rule: 'id-removed', message: `published ID ${id} is gone; list it in redirects.json as moved or split (a major version) or restore it`, file: manifestFile, line: k + 1, column: 1 })
  })
  for (const [id, redirect] of Object.entries(redirects)) {
    if (present.has(id)) out.push({ severity: 'error', rule: 'redirect-shadowed', message: `redirect for ${id}, which is a current ID`, file: redirectsFile, ...locate([id]) })
    redirectTargets(redirect).forEach((target, k) => {
      const at = 'split' in redirect ? locate([id, 'split', k]) : locate([id, 'moved'])
      if (!present.has(target)) out.push({ severity: 'error', rule: 'redirect-target-missing', message: `redirect ${id} -> ${target}: no node has that ID`, file: redirectsFile, ...at })
    })
  }
  return out
}

/** New IDs go into the manifest with --update-manifest (or when there is none yet); otherwise they fail the build. */
export function listNewIds(ids: readonly string[], manifest: readonly string[], file: string, update: boolean | undefined, files: Record<string, string>, diagnostics: Diagnostic[]) {
  const known = new Set(manifest)
  const added = ids.filter((id) => !known.has(id))
  if (update || manifest.length === 0) files[file] = [...manifest, ...added].join('\n') + '\n'
  else if (added.length)
    diagnostics.push({ severity: 'error', rule: 'id-unlisted', message: `${added.length} new ID(s) not in the manifest (first: ${added[0]}); run npm run build:data -- --update-manifest and commit ${file.split(/[\\/]/).pop()}`, file, line: 1, column: 1 })
}

