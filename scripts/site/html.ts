/**
 * The few helpers every page module writes HTML with: text and attribute
 * escaping, and an attribute list from an object. Pages are template strings;
 * only the plan's own HTML (from @huozhou/plan/render) goes in unescaped.
 */

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Text (or an attribute value) safe inside HTML. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"]/g, (c) => TEXT[c]!)
}

/** ` name="value"` pairs; `false`, `undefined` and `null` leave an attribute out, `true` writes it bare. */
export function attrs(pairs: Record<string, string | number | boolean | undefined | null>): string {
  let out = ''
  for (const [name, value] of Object.entries(pairs)) {
    if (value === false || value === undefined || value === null) continue
    out += value === true ? ` ${name}` : ` ${name}="${esc(value)}"`
  }
  return out
}

/** Join the parts that are strings, one a line. */
export function lines(...parts: Array<string | false | undefined | null>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n')
}
