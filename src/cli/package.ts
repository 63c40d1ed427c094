/**
 * Where the CLI's own package is: the nearest folder above this module whose
 * package.json is this package's. The same walk finds it in the installed
 * package (node_modules/@huozhou/plan, dist/cli.js and its chunks one level
 * down) and in a clone (src/cli/*.ts two levels down, run by tsx), so that
 * `--version` and `export` need no path of their own per layout.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const PACKAGE_NAME = '@huozhou/plan'

export interface PackageInfo {
  readonly root: string
  readonly version: string
}

let found: PackageInfo | undefined

/** The package's root folder and version; an Error when no package.json above `from` is this package's. */
export function packageInfo(from: string = fileURLToPath(import.meta.url)): PackageInfo {
  if (found) return found
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json')
    if (fs.existsSync(file)) {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown }
      if (manifest.name === PACKAGE_NAME && typeof manifest.version === 'string') return (found = { root: dir, version: manifest.version })
    }
    if (path.dirname(dir) === dir) throw new Error(`cannot find the package.json of ${PACKAGE_NAME} above ${from}`)
  }
}

/** The folder of the shipped data files: dist/data in the package. */
export function dataFolder(info: PackageInfo = packageInfo()): string {
  return path.join(info.root, 'dist', 'data')
}
