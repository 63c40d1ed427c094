/**
 * A property of the object itself, never one inherited: `own(node, 'box')` is
 * `undefined` for a node without a box even when someone in the process has
 * set `Object.prototype.box`. For optional fields of the plan's data (which
 * is made of plain objects) wherever their absence means something.
 */
export function own<T extends object, K extends keyof T>(value: T, key: K): T[K] | undefined {
  return Object.hasOwn(value, key) ? value[key] : undefined
}
