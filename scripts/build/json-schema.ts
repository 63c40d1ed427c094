/** JSON Schema of the shipped data, generated from the zod schemas (zod 4's own z.toJSONSchema). */
import { z } from 'zod'
import { PlanSchema } from '../../src/schema/plan.js'

export function jsonSchema(): unknown {
  return {
    ...z.toJSONSchema(PlanSchema, { target: 'draft-2020-12', unrepresentable: 'any', reused: 'ref' }),
    $id: 'https://unpkg.com/@huozhou/plan/dist/data/schema.json',
    title: 'Huozhou plan tree (@huozhou/plan data/plan.json)'
  }
}
