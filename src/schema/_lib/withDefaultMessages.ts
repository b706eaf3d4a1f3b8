import type { z } from 'zod';
import type { SchemaScope } from '../SchemaScope.js';
import { rewordIssues } from './rewordIssues.js';

type ParseParams = { readonly error?: unknown } & Record<string, unknown>;
type Parser = (data: unknown, params?: ParseParams) => unknown;

function isZodError(value: unknown): value is z.ZodError {
  return value instanceof Error && Array.isArray((value as { issues?: unknown }).issues);
}

/**
 * Makes a schema word its issues in Bahasa Indonesia, quoting the article behind each field, when
 * its own `parse`/`safeParse` (and the async ones) are called directly: that is what a zod user calls
 * first, without this package's parse helpers. An `error` map passed to the call still wins. Only this
 * schema's own methods change; nothing is configured globally, and the same schema nested in another
 * is parsed by that one's rules. A valid input costs one extra function call: the issues are worded
 * after a failed parse, not by an error map during it.
 *
 * @param schema - a schema of this package, at the point it is defined
 * @param scope - the record it describes, for field labels and the articles quoted
 * @returns the same schema
 */
export function withDefaultMessages<T extends z.ZodType>(schema: T, scope?: SchemaScope): T {
  const target = schema as unknown as Record<
    'parse' | 'safeParse' | 'parseAsync' | 'safeParseAsync' | 'spa',
    Parser
  >;
  const own = (params: ParseParams | undefined) => params?.error === undefined;
  const reword = (error: unknown, data: unknown) => {
    if (isZodError(error)) rewordIssues(error, data, 'id', scope);
  };
  const safeParse = target.safeParse;
  target.safeParse = (data, params) => {
    const result = safeParse(data, params) as { success: boolean; error?: unknown };
    if (!result.success && own(params)) reword(result.error, data);
    return result;
  };
  const parse = target.parse;
  target.parse = (data, params) => {
    try {
      return parse(data, params);
    } catch (error) {
      if (own(params)) reword(error, data);
      throw error;
    }
  };
  for (const name of ['safeParseAsync', 'spa'] as const) {
    const original = target[name];
    target[name] = async (data, params) => {
      const result = (await original(data, params)) as { success: boolean; error?: unknown };
      if (!result.success && own(params)) reword(result.error, data);
      return result;
    };
  }
  const parseAsync = target.parseAsync;
  target.parseAsync = async (data, params) => {
    try {
      return await parseAsync(data, params);
    } catch (error) {
      if (own(params)) reword(error, data);
      throw error;
    }
  };
  return schema;
}
