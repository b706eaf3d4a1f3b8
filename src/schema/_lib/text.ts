import { z } from 'zod';
import { SCHEMA_LIMITS } from '../SCHEMA_LIMITS.js';
import { CLOCK_KEY, IDENTIFIER, NON_BLANK } from './patterns.js';

/*
 * Builders for the bounded strings every schema uses. The `max` check aborts, so no later check (a
 * pattern) ever runs on an oversized input. Texts are not trimmed: the schemas validate, they do not
 * rewrite what a citizen wrote; blank texts are refused instead.
 */

/** A text that must hold at least one visible character and at most `max` characters. */
export function text(max: number) {
  return z.string().max(max, { abort: true }).regex(NON_BLANK);
}

/** A host identifier (complaint, event, unit, actor). */
export function identifier() {
  return z.string().max(SCHEMA_LIMITS.identifier, { abort: true }).regex(IDENTIFIER);
}

/** A clock key of the deadline report (`sp4n.followup@dinsos~2`), as a breach record carries it. */
export function clockKey() {
  return z.string().max(SCHEMA_LIMITS.clockKey, { abort: true }).regex(CLOCK_KEY);
}

/** A string that must match `pattern`, checked only once it is at most `max` long. */
export function patterned(max: number, pattern: RegExp) {
  return z.string().max(max, { abort: true }).regex(pattern);
}

/** An amount of rupiah: a whole number of at least 1. */
export function rupiah() {
  return z.number().int().min(1);
}
