import type { z } from 'zod';

/**
 * A list schema whose output is frozen. zod's own `.readonly()` freezes whatever it was given, even
 * input it refused: a caller's object (mutating input) or a typed array (`Cannot freeze array buffer
 * views`, a `TypeError` out of `safeParse`). A transform runs only on a list that passed.
 */
export function frozenArray<T extends z.ZodArray<z.ZodType>>(schema: T) {
  return schema.transform((list): Readonly<z.output<T>> => Object.freeze(list));
}
