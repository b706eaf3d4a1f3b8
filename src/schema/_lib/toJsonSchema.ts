import { z } from 'zod';
import type { PublicSchema } from './publicSchemas.js';

/**
 * The JSON Schema of a public schema, as published: draft-07 (the draft most validators and form
 * builders support), describing the *input* a host may send (defaults optional, phone numbers as
 * typed). Cross-field rules written as zod refinements are not in it (see docs/schemas.md).
 */
export function toJsonSchema(entry: PublicSchema): Record<string, unknown> {
  const generated = z.toJSONSchema(entry.schema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'throw',
    reused: entry.reuse === true ? 'ref' : 'inline',
  });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return { $schema, title: entry.title, description: entry.description, ...rest };
}
