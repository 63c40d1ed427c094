/**
 * Inputs that grow: each shape makes Markdown `scale` times its base size,
 * the way hostile or merely large input grows (rows of a table, nesting,
 * boxes, markers, lazy lines, line length). The growth bench parses each at
 * 1×, 4× and 16×; test/hostile.test.ts uses them too. Every input stays
 * within the parser's limits at 16×, so that what grows is the work.
 */

/** A plan's front matter and a chapter, to hold what a shape puts in the body (so that the body's phase reads it). */
const CHAPTER =
  '某县人民政府文件\n\n# 某县人民政府关于印发规划纲要的通知\n\n现印发你们。\n\n## 目录\n\n- 第一章 总体要求 1\n\n# 某县规划纲要\n\n本纲要阐明战略意图。\n\n## 第一章 总体要求\n\n'

export interface Shape {
  readonly name: string
  /** What grows with the scale. */
  readonly grows: string
  make(scale: number): string
}

const repeat = (n: number, line: (k: number) => string) => Array.from({ length: n }, (_, k) => line(k)).join('')

export const shapes: readonly Shape[] = [
  {
    name: 'plain paragraphs',
    grows: '200 paragraphs per 1× (the linear reference)',
    make: (s) => CHAPTER + repeat(200 * s, (k) => `第${k}段。加快建设现代化经济体系，推动高质量发展。\n\n`)
  },
  {
    name: 'table rows',
    grows: 'one table, 60 rows per 1×',
    make: (s) =>
      CHAPTER +
      '**表 1-1 主要指标**\n\n| 序号 | 指标名称 | 2020 年 | 2025 年 | 属性 |\n| --- | --- | --- | --- | --- |\n' +
      repeat(60 * s, (k) => `| ${k + 1} | 指标${k + 1}（%） | 1.${k % 10} | \\[2.5\\] | 预期性 |\n`)
  },
  {
    name: 'nested box items',
    grows: '4 boxes per 1×, each a list nested 30 deep',
    make: (s) =>
      CHAPTER +
      repeat(4 * s, (b) => `> **专栏 1-${b + 1} 重点项目**\n>\n` + repeat(30, (d) => `> ${'  '.repeat(d)}- 项目${d}\n`) + '\n')
  },
  {
    name: 'deep block quotes',
    grows: '60 quotes per 1×, each 30 deep',
    make: (s) => CHAPTER + repeat(60 * s, () => `${'>'.repeat(30)} 引文\n\n`)
  },
  {
    name: 'one-line boxes',
    grows: '150 boxes per 1× (remark copies its events at each box whole-text)',
    make: (s) => CHAPTER + repeat(150 * s, (b) => `> **专栏 1-${b + 1} 项目**\n>\n> - 建设项目\n\n`)
  },
  {
    name: 'marked paragraphs',
    grows: '20 paragraphs per 1×, each 100 bold spans (400 markers)',
    make: (s) => CHAPTER + repeat(20 * s, () => '**霍州**市'.repeat(100) + '\n\n')
  },
  {
    name: 'lazy lines',
    grows: '10 boxes per 1×, each with 60 lines that lack their `>`',
    make: (s) => CHAPTER + repeat(10 * s, (b) => `> **专栏 1-${b + 1} 项目**\n>\n> - 建设项目\n` + '续行\n'.repeat(60) + '\n')
  },
  {
    name: 'long lines',
    grows: 'two paragraphs of one 15,000-character line per 1×',
    make: (s) => CHAPTER + repeat(2 * s, () => '推进'.repeat(7500) + '\n\n')
  },
  {
    name: 'spaced captions',
    grows: '100 table and 100 box captions per 1×, each a run of 50 spaces before two line breaks',
    make: (s) => CHAPTER + repeat(100 * s, () => `**表 1-1${'\u3000'.repeat(50)}\nx\ny**\n\n> **专栏 1-1${'\u3000'.repeat(50)}\nx\ny**\n\n`)
  },
  {
    name: 'many headings',
    grows: '300 section headings per 1×, no blank lines between',
    make: (s) => CHAPTER + repeat(300 * s, () => '### 第一节 发展基础\n')
  }
]
