import type { NodeById, Box, Indicator, Table, TableHeader, Section, PlanNode } from '../src/schema/shipped.js'
type Eq<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false
type H<T extends true> = T
export type Checks = [
  H<Eq<NodeById<'box_4-3'>, Box>>,
  H<Eq<NodeById<'table_2-1__ind_16'>, Indicator<'2-1'>>>,
  H<Eq<NodeById<'table_1-1'>, Table<'1-1'>>>,
  H<Eq<NodeById<'table_1-1__header'>, TableHeader>>,
  H<Eq<NodeById<'chp_4__sec_3'>, Section>>
]
declare const ind: Indicator<'2-1'>
// @ts-expect-error
ind.values['2025年']
ind.values['2025 年'].raw
declare const u: Indicator<'1-1' | '2-1'>
if (u.table === '2-1') u.values['2025 年'].number?.toFixed()
// @ts-expect-error
u.values['2025 年']
declare const w: Indicator
export const x = w.values['2025年']
declare const n: PlanNode
if (n.type === 'indicator' && n.table === '1-1') n.values['2015 年'].raw
// @ts-expect-error
ind.name = 'x'
const wide: Indicator = ind
export { wide }
