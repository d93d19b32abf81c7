/** @module The head outline of a detection sample, computed once however many detectors ask. */
import type { DetectionSample } from '../../../formats/format-adapter.js'
import { headShape } from './head-shape.js'
import type { HeadShape } from './head-shape.js'

const cache = new WeakMap<DetectionSample, HeadShape>()

export function shapeOf(sample: DetectionSample): HeadShape {
  let shape = cache.get(sample)
  if (shape === undefined) {
    shape = headShape(sample.head)
    cache.set(sample, shape)
  }
  return shape
}
