// TypeDoc plugin (typedoc.json): a property of a zod schema's shape is written `channel: ChannelSchema`
// or `source: ComplaintSourceSchema.default('penerima_layanan')`, and TypeDoc takes that initializer
// for the property's default value, so the reference showed "Default value: `ChannelSchema`" (or
// `...`) beside the inferred types. The shape's initializer is the property's schema, never its
// default: this drops it. A default is stated in the property's comment instead.
import { Converter } from 'typedoc';
import { groupOf } from './undocumented-members.mjs';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context;
    for (const reflection of Object.values(project.reflections)) {
      if (!('defaultValue' in reflection) || reflection.defaultValue === undefined) continue;
      const symbolId = project.getSymbolIdFromReflection(reflection);
      if (symbolId !== undefined && groupOf(symbolId) === 'zod') reflection.defaultValue = undefined;
    }
  });
}
