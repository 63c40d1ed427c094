/**
 * Chinese numerals as printed in plan numbering (第十三章, 一、): 一 … 九十九.
 * Returns undefined for anything else, including malformed forms such as 十零,
 * 零, 一十一十 or an empty string.
 */
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

export function parseChineseNumeral(text: string): number | undefined {
  if (text === '') return undefined
  const single = DIGITS[text]
  if (single !== undefined && text.length === 1) return single
  const m = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text)
  if (!m) return undefined
  const tens = m[1] ? DIGITS[m[1]]! : 1
  if (m[1] === '一') return undefined // 一十 is not how plans print 10
  const units = m[2] ? DIGITS[m[2]]! : 0
  return tens * 10 + units
}

/** The inverse, for messages and fixtures: 13 -> 十三. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`toChineseNumeral: ${n} is outside 1..99`)
  const names = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']
  if (n < 10) return names[n]!
  const tens = Math.floor(n / 10)
  return (tens === 1 ? '' : names[tens]) + '十' + names[n % 10]
}
