/**
 * The Markdown edition's escapes, for the stage that writes it (the import)
 * and the one that writes it again from the tree (src/render/markdown.ts):
 * these characters are backslash-escaped wherever they occur in text, not
 * only where CommonMark would misread them, so that both stages write the
 * same bytes for the same text.
 */

/** The characters escaped in text. */
export const escapedCharacters = ['\\', '`', '*', '_', '[', ']', '<', '>', '~', '|', '&'] as const

const pattern = new RegExp(`[${escapedCharacters.map((c) => '\\' + c).join('')}]`, 'g')

/** `text` with every escaped character backslash-escaped, so that Markdown reads it back as the same characters. */
export function escapeInline(text: string): string {
  return text.replace(pattern, (c) => '\\' + c)
}
