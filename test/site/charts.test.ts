/**
 * The indicators page's chart labels (scripts/site/indicators/charts.ts):
 * every indicator name of both tables, broken into the lines a chart row
 * gives it, in each layout's name column.
 */
import { describe, expect, it } from 'vitest'
import { indicators } from '../../src/index.js'
import { ems, LAYOUTS, wrap } from '../../scripts/site/indicators/charts.js'

const names = indicators().map((i) => (i.number ? `${i.number}. ${i.name}` : i.name))
/** The name column of the one-line layouts (a third of the width), and the whole width of the phone's, in ems. */
const rooms = [(LAYOUTS.medium.width * 0.34) / LAYOUTS.medium.font, (LAYOUTS.wide.width * 0.34) / LAYOUTS.wide.font, (LAYOUTS.narrow.width - 8) / LAYOUTS.narrow.font]

describe('chart row names', () => {
  it('should keep every name to two lines that fit, losing nothing but what a final … stands for', () => {
    for (const room of rooms)
      for (const name of names) {
        const lines = wrap(name, room, 2)
        expect(lines.length, name).toBeLessThanOrEqual(2)
        for (const line of lines) expect(ems(line), `${name} → ${line}`).toBeLessThanOrEqual(room)
        const joined = lines.join('').replace(/\s+/g, '')
        const whole = name.replace(/\s+/g, '')
        if (joined.endsWith('…')) expect(whole.startsWith(joined.slice(0, -1)), name).toBe(true)
        else expect(joined).toBe(whole)
      }
  })

  it('should break a name only where a reader would: not inside R&D, GDP, a number or a short bracketed unit', () => {
    const split: string[] = []
    // Every column width from 8 to 30 ems, so that a break falls at every place in every name.
    for (let room = 8; room <= 30; room += 0.25)
      for (const name of names) {
        const lines = wrap(name, room, 2)
        if (lines.length < 2) continue
        const [first, second] = lines as [string, string]
        if (/[A-Za-z0-9.&]$/.test(first) && /^[A-Za-z0-9.&]/.test(second)) split.push(`${first} | ${second}`)
        if (/^[）)，、：；%]/.test(second) || /[（(]$/.test(first)) split.push(`${first} | ${second}`)
        if (/[（(][^（）()]{0,7}$/.test(first) && /^[^（）()]{0,7}[）)]/.test(second)) split.push(`${first} | ${second}`)
      }
    expect(split).toEqual([])
    // In the charts' own columns some names do need two lines.
    expect(names.some((n) => wrap(n, rooms[0]!, 2).length === 2)).toBe(true)
  })
})
