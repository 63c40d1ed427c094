/**
 * The modules every entry shares, built as one file (dist/core.js) that the
 * entries import, rather than as the handful of small chunks that splitting
 * would cut them into (one per set of entries that happens to use each).
 * Node loads a module at a cost of its own, whatever its size, so an entry
 * that reaches them through one file starts sooner; and each is still one
 * instance in a process (one `PlanError` class, one freeze registry),
 * whichever entries it imports. Nothing here reads data, and nothing outside
 * this list may be imported by these modules (tsup.config.ts checks it).
 * Not an entry of the package: only the built entries import it.
 */
export * from './errors.js'
export * from './query/filter.js'
export * from './util/answer.js'
export * from './util/freeze.js'
export * from './util/is.js'
export * from './util/own.js'
export * from './util/visit.js'
