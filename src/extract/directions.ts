/**
 * Industry directions: a 专栏 item whose title names an industry to develop
 * (节能环保产业, 大数据产业) rather than an undertaking. The rule: the title's
 * head is a direction head (extract.json: directionHeads) and no project
 * head (项目, 工程) is in it. The item stays a record (`kind: 'direction'`);
 * the projects its text names are projects of their own.
 */
import type { ExtractKnowledge } from '../schema/knowledge.js'
import { despace, longestSuffix } from './text.js'

export function isDirection(title: string, words: ExtractKnowledge): boolean {
  const name = despace(title).replace(/[“”"‘’]/g, '')
  const head = longestSuffix(name, [...words.directionHeads, ...words.facilityHeads, ...words.undertakingHeads, ...words.standaloneHeads])
  return head !== undefined && words.directionHeads.includes(head) && !words.projectHeads.some((h) => name.includes(h))
}
