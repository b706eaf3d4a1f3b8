import type { z } from 'zod';
import { localizedErrorMap } from '../localizedErrorMap.js';
import type { SchemaScope } from '../SchemaScope.js';

type ParseParams = { readonly error?: unknown } & Record<string, unknown>;
type Parser = (data: unknown, params?: ParseParams) => unknown;

/**
 * Makes a schema word its issues in Bahasa Indonesia, quoting the article behind each field, when
 * its own `parse`/`safeParse` (and the async ones) are called directly: that is what a zod user calls
 * first, without this package's parse helpers. An `error` map passed to the call still wins, and so
 * does a `parseWith` locale. Only this schema's own methods change; nothing is configured globally,
 * and the same schema nested in another is parsed by that one's rules.
 *
 * @param schema - a schema of this package, at the point it is defined
 * @param scope - the record it describes, for field labels and the articles quoted
 * @returns the same schema
 */
export function withDefaultMessages<T extends z.ZodType>(schema: T, scope?: SchemaScope): T {
  // Built on first failure only: a valid input never pays for the messages.
  let error: z.core.$ZodErrorMap | undefined;
  const map: z.core.$ZodErrorMap = (issue) => {
    error ??= localizedErrorMap('id', scope);
    return error(issue);
  };
  const withMap = (params: ParseParams | undefined): ParseParams =>
    params === undefined ? { error: map } : params.error === undefined ? { ...params, error: map } : params;
  const target = schema as unknown as Record<
    'parse' | 'safeParse' | 'parseAsync' | 'safeParseAsync' | 'spa',
    Parser
  >;
  for (const name of ['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'spa'] as const) {
    const original = target[name];
    if (typeof original === 'function') target[name] = (data, params) => original(data, withMap(params));
  }
  return schema;
}
