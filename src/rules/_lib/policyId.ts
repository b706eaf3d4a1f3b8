/**
 * A preset's id with the options that differ from their defaults appended, so that a report's
 * `policyId` says exactly which reading was applied: `uu25-2009;hari=working_days`.
 */
export function policyId(
  base: string,
  options: Readonly<Record<string, string | number | boolean | null>>,
  defaults: Readonly<Record<string, string | number | boolean | null>>,
): string {
  let id = base;
  for (const key of Object.keys(defaults)) {
    if (options[key] !== defaults[key]) id += `;${key}=${String(options[key])}`;
  }
  return id;
}
