/**
 * The shipped data files, as `export` gives them: read from the package's
 * dist/data (package.ts finds it) and written out as they are, so that
 * `huozhou-plan export projects.csv -o p.csv` is the shipped file byte for
 * byte, whatever files the build ships.
 */
import fs from 'node:fs'
import path from 'node:path'
import { quote } from '../errors.js'

/** A file that cannot be read or written: one line naming it, exit code 74 (output.ts). */
export class FileError extends Error {}

const why = (error: unknown) => {
  const e = error as NodeJS.ErrnoException
  const message = String(e?.message ?? error).split('\n')[0]!
  return e?.code && !message.startsWith(e.code) ? `${e.code}: ${message}` : message
}

/** The names of the files in `folder` (subfolders' as `sub/name`), sorted. */
export function shippedFiles(folder: string): string[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true, recursive: true })
  } catch (error) {
    throw new FileError(`the data files are not where this package keeps them (${folder}): ${why(error)}; in a clone, run npm run build`)
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}

/** A shipped file's text (the files are UTF-8, so it writes back to the same bytes). */
export function readShipped(folder: string, name: string): string {
  try {
    return fs.readFileSync(path.join(folder, ...name.split('/')), 'utf8')
  } catch (error) {
    throw new FileError(`cannot read ${name}: ${why(error)}`)
  }
}

/** Write `content` to the file `--output` names; a FileError naming it when it cannot be written. */
export function writeOutput(file: string, content: string): void {
  try {
    fs.writeFileSync(file, content)
  } catch (error) {
    throw new FileError(`cannot write --output ${quote(file)}: ${why(error)}`)
  }
}
