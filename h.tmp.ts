import { toHtml, toMarkdown } from './src/render.ts'
import fs from 'node:fs'
console.log(toMarkdown() === fs.readFileSync('corpus/huozhou-14th/plan.md', 'utf8'))
const h = toHtml(undefined, { projects: true })
console.log(h.slice(0, 1500))
const i = h.indexOf('<figure id="table_1-1"'); console.log(h.slice(i, i+2500))
const j = h.indexOf('<aside id="box_4-3"'); console.log(h.slice(j, j+800))
