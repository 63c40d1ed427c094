import { describe, expect, it } from 'vitest'
import { parseChineseNumeral, toChineseNumeral } from '../src/genre/numerals.js'
import { cleanNumber, isIdShaped, makeId } from '../src/ids/make.js'

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十三', 13], ['二十', 20], ['二十一', 21], ['九十九', 99]
  ])('%s -> %i', (text, n) => expect(parseChineseNumeral(text)).toBe(n))

  it.each(['', '零', '十零', '一十', '十十', '百', '二二', '1', '十一一', '〇'])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined()
  })

  it('round-trips 1..99', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n)
  })
})

describe('makeId', () => {
  it('builds Akoma-Ntoso-style hierarchical IDs', () => {
    expect(makeId(undefined, 'chp', 4)).toBe('chp_4')
    expect(makeId('chp_4', 'sec', 3)).toBe('chp_4__sec_3')
    expect(makeId(undefined, 'box', '4-3')).toBe('box_4-3')
    expect(makeId('box_8-2__item_2', 'item', 1)).toBe('box_8-2__item_2__item_1')
    expect(makeId('chp_4', 'heading')).toBe('chp_4__heading')
  })
  it('cleans printed numbers to URL-fragment-safe ASCII', () => {
    expect(cleanNumber('４－３')).toBe('4-3')
    expect(cleanNumber(' 3A ')).toBe('3A')
    expect(() => cleanNumber('三')).toThrow(/no ASCII/)
    expect(() => makeId(undefined, 'Chp', 1)).toThrow(/lowercase/)
  })
  it('makes IDs that isIdShaped accepts and encodeURIComponent leaves alone', () => {
    for (const id of ['chp_4', 'chp_4__sec_3__measure_2', 'box_9-1__item_14', 'table_1-1__ind_3__sub_1']) {
      expect(isIdShaped(id)).toBe(true)
      expect(encodeURIComponent(id)).toBe(id)
    }
    expect(isIdShaped('chp 4')).toBe(false)
  })
})
