/** RFC 4180 CSV: every field quoted when it holds a comma, quote or line break; CRLF between records. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | undefined>>): string {
  const field = (v: string | number | boolean | undefined) => {
    const s = v === undefined ? '' : String(v)
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n'
}

/** A byte-order mark: spreadsheets read a CSV file that starts with one as UTF-8 (the shipped files do). */
export const BOM = '\ufeff'
