/**
 * Evidence spans (src/extract/clauses.ts): the clause or clauses a fact
 * rests on, cut at the marks of written Chinese. Generic rules, tested on
 * invented sentences: a sentence ends at 。；！？, a clause at ，：; 、 does
 * not cut (it separates list members); quotations and brackets are never
 * cut; a clause under ten characters takes its neighbours in.
 */
import { describe, expect, it } from 'vitest'
import { evidenceIn, evidenceSpan, MIN_EVIDENCE } from '../src/extract/clauses.js'

const quote = (text: string, word: string, other?: string) => {
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length })
  const { start, end } = evidenceSpan(text, other ? [at(word), at(other)] : [at(word)])
  return text.slice(start, end)
}

describe('evidence spans', () => {
  it('should give the clause that holds the word, cut at ， and ：', () => {
    expect(quote('甲乙：以西区为依托，建设东区物流仓储中心，发展商贸物流。', '东区')).toBe('建设东区物流仓储中心')
  })

  it('should take the next clause in when the clause is under ten characters, else the one before', () => {
    expect(quote('以西区为中心，利用西区技术优势，运用大数据技术。', '西区')).toBe('以西区为中心，利用西区技术优势')
    expect(quote('运用大数据、人工智能等技术，连接北区。', '北区')).toBe('运用大数据、人工智能等技术，连接北区')
  })

  it('should not cut at 、 or inside brackets and quotation marks', () => {
    expect(quote('以南乡（甲种植片区、乙种植片区，丙基地）为主要农产品供给，通过服务中心提供服务。', '乙种植片区')).toBe('以南乡（甲种植片区、乙种植片区，丙基地）为主要农产品供给')
    expect(quote('建设“东区，西区”两个示范园区和配套设施。', '西区')).toBe('建设“东区，西区”两个示范园区和配套设施')
  })

  it('should cover every span given, within one sentence', () => {
    expect(quote('推进东区管网改造，加快西区道路建设，完善北区设施。', '东区', '西区')).toBe('推进东区管网改造，加快西区道路建设')
  })

  it('should take the neighbouring sentence in when the sentence is too short, and trim the spaces around it', () => {
    expect(quote('东区项目。加快推进西区道路建设。', '东区')).toBe('东区项目。加快推进西区道路建设')
    expect(quote('东区。', '东区')).toBe('东区')
    expect(evidenceSpan('abc 东区甲乙丙丁戊己庚辛 ', [{ start: 4, end: 6 }])).toEqual({ start: 0, end: 14 })
  })

  it('should measure the minimum as asked, ten by default', () => {
    expect(MIN_EVIDENCE).toBe(10)
    const text = '以西区为中心，利用西区技术优势。'
    expect(evidenceSpan(text, [{ start: 1, end: 3 }], 2)).toEqual({ start: 0, end: 6 })
  })

  it('should give evidence whose quote is the text at its offsets', () => {
    const text = '“一中心”：以开发区为中心，利用开发区技术优势，连接北区。'
    const e = evidenceIn('n', text, [{ start: 7, end: 10 }])
    expect(e).toEqual({ nodeId: 'n', start: 6, end: 23, quote: '以开发区为中心，利用开发区技术优势' })
    expect(text.slice(e.start, e.end)).toBe(e.quote)
  })
})
