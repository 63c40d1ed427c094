/** A plain-text table for terminals, aligned by display width (a Han character takes two columns). */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

export function displayWidth(s: string): number {
  let w = 0
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1
  return w
}

export function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, maxWidth = 60): string {
  const cell = (v: string | number) => {
    const s = String(v).replace(/\s+/g, ' ')
    if (displayWidth(s) <= maxWidth) return s
    let out = ''
    for (const ch of s) {
      if (displayWidth(out + ch) > maxWidth - 1) break
      out += ch
    }
    return out + '…'
  }
  const all = [header.map(cell), ...rows.map((r) => r.map(cell))]
  const widths = header.map((_, k) => Math.max(...all.map((r) => displayWidth(r[k] ?? ''))))
  const line = (r: string[]) => r.map((c, k) => c + ' '.repeat(widths[k]! - displayWidth(c))).join('  ').trimEnd()
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n') + '\n'
}
