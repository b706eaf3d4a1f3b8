import type { IndicatorDefinition } from './types.js';

/** Every performance indicator, defined once, with its source. (Filled in progress.) */
export const INDICATORS: readonly IndicatorDefinition[] = Object.freeze([]);
