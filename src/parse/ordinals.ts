/** Ordinals for unnumbered children, counted per alias within one parent: `p_1`, `p_2`, `measure_1` … */
export class Ordinals {
  private readonly counts = new Map<string, number>()

  /** The next ordinal for `alias`, from 1. */
  next(alias: string): number {
    const n = (this.counts.get(alias) ?? 0) + 1
    this.counts.set(alias, n)
    return n
  }
}
