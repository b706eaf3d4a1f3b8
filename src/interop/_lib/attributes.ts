import type { FieldKey } from '../../i18n/keys.js';
import { messagesFor } from '../../i18n/messagesFor.js';
import type { Locale } from '../../i18n/types.js';
import { jsonSchemas } from '../../schema/jsonSchemas.js';
import { SCHEMA_LIMITS } from '../../schema/SCHEMA_LIMITS.js';
import type { Open311Attribute, Open311AttributeValue } from '../types.js';

// The questions every service asks beyond Open311's own fields, each bound to the place in the
// complaint record it fills. Datatype, required-ness, lengths and list values are read from the
// published JSON Schema of the complaint (generated from the zod schemas), so they cannot drift.

/** One attribute: its Open311 code and the path in the complaint record it fills. */
export interface AttributeBinding {
  readonly code: string;
  readonly path: readonly string[];
}

export const ATTRIBUTE_BINDINGS: readonly AttributeBinding[] = Object.freeze(
  [
    { code: 'service_name', path: ['service', 'name'] },
    { code: 'service_provider', path: ['service', 'providerName'] },
    { code: 'service_received_on', path: ['service', 'receivedOn'] },
    { code: 'incident_on', path: ['incidentOn'] },
    { code: 'loss_kind', path: ['loss', 'kind'] },
    { code: 'loss_description', path: ['loss', 'description'] },
    { code: 'requested_remedy', path: ['requestedRemedy'] },
    { code: 'complainant_kind', path: ['complainant', 'kind'] },
    { code: 'complainant_address', path: ['complainant', 'address'] },
    { code: 'complainant_nik', path: ['complainant', 'nik'] },
    // The extension Open311 lacks: the anonim / rahasia choice (and Pasal 42(5)'s confidential identity).
    { code: 'confidentiality', path: ['confidentiality'] },
  ].map((b) => Object.freeze({ ...b, path: Object.freeze(b.path) })),
);

type Node = Readonly<Record<string, unknown>>;

const branches = (jsonSchemas.complaint as { oneOf: readonly Node[] }).oneOf;
const FORMAL = branches.find((b) => isConst(b, 'formal'));
const NO_IDENTITY = branches.find((b) => isConst(b, 'no_identity'));

function isConst(branch: Node, value: string): boolean {
  return ((branch.properties as Node).filing as Node).const === value;
}

/** The node at `path` of a branch and whether every step to it is required; `undefined` if absent. */
function nodeAt(
  branch: Node | undefined,
  path: readonly string[],
): { node: Node; required: boolean } | undefined {
  let node = branch;
  let required = true;
  for (const key of path) {
    const properties = node?.properties as Node | undefined;
    if (node === undefined || properties === undefined || !Object.hasOwn(properties, key)) return undefined;
    required &&= ((node.required as readonly string[] | undefined) ?? []).includes(key);
    node = properties[key] as Node;
  }
  return node === undefined ? undefined : { node, required };
}

/** How one attribute is read and checked, derived from the schema. */
export interface AttributeShape {
  readonly binding: AttributeBinding;
  readonly datatype: Open311Attribute['datatype'];
  /** Required in every filing (a report without identity and a formal complaint). */
  readonly required: boolean;
  /** Required in a formal complaint only (UU 25/2009 Pasal 42 ayat (3)). */
  readonly requiredWhenFormal: boolean;
  /** Only a formal complaint has it. */
  readonly formalOnly: boolean;
  readonly values?: readonly string[];
  readonly maxLength?: number;
  readonly date: boolean;
}

function shapeOf(binding: AttributeBinding): AttributeShape {
  const formal = nodeAt(FORMAL, binding.path);
  const informal = nodeAt(NO_IDENTITY, binding.path);
  if (formal === undefined) throw new Error(`pengaduan internal: no schema node for ${binding.code}`);
  const { node } = formal;
  const base = {
    binding,
    required: formal.required && informal?.required === true,
    requiredWhenFormal: formal.required,
    formalOnly: informal === undefined,
    date: node.format === 'date',
  };
  if (Array.isArray(node.enum)) {
    return { ...base, datatype: 'singlevaluelist', values: node.enum as string[] };
  }
  if (node.type === 'object') {
    // A group of flags: any of them may be chosen.
    const flags = Object.keys((node.properties as Node | undefined) ?? {});
    return { ...base, datatype: 'multivaluelist', values: flags };
  }
  const maxLength = typeof node.maxLength === 'number' ? node.maxLength : undefined;
  const datatype = maxLength !== undefined && maxLength > SCHEMA_LIMITS.shortText ? 'text' : 'string';
  return maxLength === undefined ? { ...base, datatype } : { ...base, datatype, maxLength };
}

export const ATTRIBUTE_SHAPES: readonly AttributeShape[] = Object.freeze(ATTRIBUTE_BINDINGS.map(shapeOf));

// Names of list values where the schema has only keys.
const VALUE_NAMES: Readonly<Record<string, { id: string; en: string }>> = {
  material: { id: 'Kerugian materiel', en: 'Material loss' },
  immaterial: { id: 'Kerugian immateriel', en: 'Immaterial loss' },
  both: { id: 'Materiel dan immateriel', en: 'Material and immaterial' },
  individual: { id: 'Perseorangan', en: 'An individual' },
  group: { id: 'Kelompok', en: 'A group' },
  legal_entity: { id: 'Badan hukum', en: 'A legal entity' },
};

const FORMAL_NOTE = {
  id: 'wajib bila nama pengadu diisi (pengaduan tertulis, UU 25/2009 Pasal 42 ayat (3))',
  en: "required when the complainant's name is given (a written complaint, UU 25/2009 Pasal 42(3))",
};
const FORMAL_ONLY_NOTE = {
  id: 'hanya untuk pengaduan dengan nama pengadu',
  en: "only for a complaint that gives the complainant's name",
};

function describeType(shape: AttributeShape, locale: Locale): string {
  const id = locale === 'id';
  if (shape.date) return id ? 'Tanggal, YYYY-MM-DD' : 'A date, YYYY-MM-DD';
  if (shape.datatype === 'singlevaluelist') return id ? 'Pilih satu' : 'Choose one';
  if (shape.datatype === 'multivaluelist') {
    return id
      ? 'Pilih nol atau lebih: attribute[kode][]=nilai'
      : 'Choose none or more: attribute[code][]=value';
  }
  const length =
    shape.maxLength === undefined
      ? ''
      : id
        ? `, paling banyak ${shape.maxLength} karakter`
        : `, at most ${shape.maxLength} characters`;
  return `${id ? 'Teks' : 'Text'}${length}`;
}

/** The Open311 attributes of every service, in the client's language. */
export function attributesFor(locale: Locale): readonly Open311Attribute[] {
  const fields = messagesFor(locale).fields as Readonly<Record<string, string>>;
  return ATTRIBUTE_SHAPES.map((shape, i) => {
    const key = shape.binding.path.join('.') as FieldKey;
    const label = fields[key] ?? key;
    const note =
      shape.formalOnly && !shape.requiredWhenFormal
        ? FORMAL_ONLY_NOTE[locale]
        : !shape.required && shape.requiredWhenFormal
          ? FORMAL_NOTE[locale]
          : undefined;
    const values: Open311AttributeValue[] | undefined = shape.values?.map((value) => ({
      key: value,
      name: VALUE_NAMES[value]?.[locale] ?? fields[`${key}.${value}`] ?? value,
    }));
    return Object.freeze({
      variable: true,
      code: shape.binding.code,
      datatype: shape.datatype,
      required: shape.required,
      datatype_description: describeType(shape, locale),
      order: i + 1,
      description: note === undefined ? label : `${label} (${note})`,
      ...(values === undefined ? {} : { values: Object.freeze(values.map((v) => Object.freeze(v))) }),
    });
  });
}
