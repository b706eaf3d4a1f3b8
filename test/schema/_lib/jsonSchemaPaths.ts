/**
 * Every property path a JSON Schema describes, with list positions written as `0`, so that a test can
 * check each path against the field labels. Follows `properties`, `items`, `additionalProperties`,
 * `oneOf` / `anyOf` / `allOf` and local `$ref`s.
 */
export function jsonSchemaPaths(root: Record<string, unknown>): (string | number)[][] {
  const found = new Map<string, (string | number)[]>();
  const definitions = (root.definitions ?? {}) as Record<string, Record<string, unknown>>;
  const visiting = new Set<string>();

  const walk = (node: unknown, path: (string | number)[]): void => {
    if (node === null || typeof node !== 'object') return;
    const schema = node as Record<string, unknown>;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace('#/definitions/', '');
      const key = `${name}@${JSON.stringify(path)}`;
      if (visiting.has(key) || path.length > 12) return;
      visiting.add(key);
      walk(definitions[name], path);
      visiting.delete(key);
      return;
    }
    if (path.length > 0) found.set(JSON.stringify(path), path);
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
      if (Array.isArray(schema[key])) for (const option of schema[key]) walk(option, path);
    }
    if (schema.properties !== undefined) {
      for (const [name, child] of Object.entries(schema.properties as Record<string, unknown>)) {
        walk(child, [...path, name]);
      }
    }
    if (schema.items !== undefined) walk(schema.items, [...path, 0]);
  };
  walk(root, []);
  return [...found.values()];
}
