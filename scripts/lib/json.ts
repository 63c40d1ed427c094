/**
 * Corpus JSON files with positions: a syntax error, a duplicate key, a
 * `__proto__` key or a schema violation is reported at its own
 * `file:line:col`, not at the top of the file.
 *
 * JSON.parse decides what the value is; jsonc-parser's syntax tree (the one
 * VS Code uses for settings files) only says where each key and value
 * stands, which JSON.parse cannot.
 */
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser'
import type { z } from 'zod'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { CorpusFileError, readText } from './files.js'

export interface JsonFile {
  readonly file: string
  readonly value: unknown
  /** The place of the value at `path` (a key's place when the value is a property), or of its deepest ancestor that exists. */
  at(path: readonly PropertyKey[]): { line: number; column: number }
}

/** Line and column (1-based) of an offset into `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)))
  const lines = before.split('\n')
  return { line: lines.length, column: lines.at(-1)!.length + 1 }
}

/** Read and parse a JSON file; throws CorpusFileError (one located line) on a syntax error, a duplicate key or a `__proto__` key. */
export function readJsonFile(file: string): JsonFile {
  const text = readText(file)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const at = /position (\d+)/.exec(message)
    throw new CorpusFileError({ severity: 'error', rule: 'json-syntax', message: message.replace(/^.*?: /, '').split('\n')[0]!, file, ...lineColumn(text, at ? Number(at[1]) : 0) })
  }
  const root = parseTree(text)
  if (root) checkKeys(root, text, file)
  return {
    file,
    value,
    at(path) {
      if (!root) return { line: 1, column: 1 }
      const keys = path.map((k) => (typeof k === 'number' ? k : String(k)))
      for (let n = keys.length; n >= 0; n--) {
        const node = findNodeAtLocation(root, keys.slice(0, n))
        if (!node) continue
        const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined
        return lineColumn(text, (key ?? node).offset)
      }
      return { line: 1, column: 1 }
    }
  }
}

/** Reject what JSON.parse accepts silently: a key twice in one object (the last wins), and `__proto__` (dropped by most readers). */
function checkKeys(node: JsonNode, text: string, file: string): void {
  const stack = [node]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n.type === 'object') {
      const seen = new Set<string>()
      for (const property of n.children ?? []) {
        const key = property.children?.[0]
        if (!key || typeof key.value !== 'string') continue
        const place = { file, ...lineColumn(text, key.offset) }
        if (key.value === '__proto__') throw new CorpusFileError({ severity: 'error', rule: 'json-key', message: 'a key named __proto__ is not allowed', ...place })
        if (seen.has(key.value)) throw new CorpusFileError({ severity: 'error', rule: 'json-key', message: `duplicate key ${JSON.stringify(key.value)} (JSON readers keep only the last)`, ...place })
        seen.add(key.value)
      }
    }
    for (const child of n.children ?? []) stack.push(child)
  }
}

/**
 * Validate a JSON file with a zod schema: the data, or one diagnostic per
 * issue at the offending key (`path: message`), as `rule`.
 */
export function parseJsonFile<S extends z.ZodType>(json: JsonFile, schema: S, rule = 'corpus-schema'): { data: z.infer<S>; diagnostics: [] } | { data: undefined; diagnostics: Diagnostic[] } {
  const parsed = schema.safeParse(json.value)
  if (parsed.success) return { data: parsed.data, diagnostics: [] }
  return {
    data: undefined,
    diagnostics: parsed.error.issues.map((issue) => ({
      severity: 'error' as const,
      rule,
      message: `${pathText(issue.path)}: ${issueText(issue)}`,
      file: json.file,
      ...json.at(issue.path)
    }))
  }
}

/** A key path as a reader finds it: `places.1.aliases.0`, and `redirects[""]` for a key that is empty or not a plain word. */
function pathText(path: readonly PropertyKey[]): string {
  const text = path.map((k) => (typeof k === 'number' || /^[^.\s[\]"]+$/u.test(String(k)) ? `.${String(k)}` : `[${JSON.stringify(String(k))}]`)).join('')
  return text.replace(/^\./, '') || '(root)'
}

/** zod's message, with what is wrong with a record's key (zod says only that the key is invalid). */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_key' && issue.issues.length) return `the key: ${issue.issues[0]!.message}`
  return issue.message
}
