export type { InvalidHistoryErrorDetails } from '../errors/InvalidHistoryError.js';
export { InvalidHistoryError } from '../errors/InvalidHistoryError.js';
export { describeClock } from './describeClock.js';
export type { EvaluateSlaOptions } from './evaluateSla.js';
export { evaluateSla } from './evaluateSla.js';
export { formatClockSource } from './formatClockSource.js';
export type { NextWakeUpOptions } from './nextWakeUp.js';
export { nextWakeUp } from './nextWakeUp.js';
export type { ClockReason, ClockReport, ClockStatus, PausedSpan, SlaReport } from './types.js';
