import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { interopText } from '../i18n/errorMessages/interop.js';
import { escapeXml } from './_lib/xml.js';

/**
 * The Open311 documents a host answers in XML, by their root element:
 * - `services`: a list of services (`<services><service>…`);
 * - `service_definition`: one definition (`<service_definition>…<attributes><attribute>…<values><value>`);
 * - `service_requests`: a list of requests, or the answer to a POST (`<service_requests><request>…`);
 * - `errors`: an error list (`<errors><error>…`).
 */
export type Open311Document = 'services' | 'service_definition' | 'service_requests' | 'errors';

// The element name of the items of each list, by the list's name.
const ITEM: Readonly<Record<string, string>> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
};
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const MAX_DEPTH = 8;

function invalid(path: string, value: unknown, why: { id: string; en: string }): never {
  throw new InvalidArgumentError('invalid_argument', {
    argument: 'value',
    value,
    expected: interopText('xml_value_invalid', { why, path }),
  });
}

function element(name: string, value: unknown, path: string, depth: number, out: string[]): void {
  if (value === undefined || value === null) return;
  if (depth > MAX_DEPTH) invalid(path, value, interopText('xml_too_deep'));
  if (!NAME.test(name)) invalid(path, name, interopText('xml_name_expected'));
  if (typeof value === 'string') {
    out.push(`<${name}>${escapeXml(value)}</${name}>`);
  } else if (typeof value === 'boolean') {
    out.push(`<${name}>${value}</${name}>`);
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) invalid(path, value, interopText('finite_number_expected'));
    out.push(`<${name}>${value}</${name}>`);
  } else if (Array.isArray(value)) {
    const item = ITEM[name];
    if (item === undefined) invalid(path, value, interopText('xml_list_without_item'));
    out.push(`<${name}>`);
    value.forEach((v, i) => {
      element(item, v, `${path}[${i}]`, depth + 1, out);
    });
    out.push(`</${name}>`);
  } else if (typeof value === 'object') {
    out.push(`<${name}>`);
    for (const [key, v] of Object.entries(value)) element(key, v, `${path}.${key}`, depth + 1, out);
    out.push(`</${name}>`);
  } else {
    invalid(path, value, interopText('json_value_expected'));
  }
}

/**
 * Writes an Open311 document as XML (the format GeoReport v2 requires; JSON is the same value given
 * to `JSON.stringify`). Element content is escaped (`& < > " '`, and CR as `&#13;`); characters
 * that XML 1.0 cannot carry (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF; unpaired
 * surrogates) become U+FFFD. Absent and `null` fields are left out.
 *
 * @param root - which document: `'services'`, `'service_definition'`, `'service_requests'` or `'errors'`
 * @param value - the list (or, for `service_definition`, the object) from this entry's functions
 * @returns the XML text with its declaration
 * @throws InvalidArgumentError for a value of the wrong shape (a list where an object is expected,
 *   a key that is not an element name, a number that is not finite, a function …)
 * @example
 * ```ts
 * import { toOpen311Xml } from 'pengaduan/interop';
 * toOpen311Xml('errors', [{ code: 400, description: 'service_code: "<jalan>" & "lampu" tidak dikenal' }]);
 * //=> '<?xml version="1.0" encoding="utf-8"?><errors><error><code>400</code><description>service_code: &quot;&lt;jalan&gt;&quot; &amp; &quot;lampu&quot; tidak dikenal</description></error></errors>'
 * ```
 * @see Open311 GeoReport v2 ("XML is required, JSON is optional")
 */
export function toOpen311Xml(root: Open311Document, value: unknown): string {
  const list = root !== 'service_definition';
  if (!(['services', 'service_definition', 'service_requests', 'errors'] as unknown[]).includes(root)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'root',
      value: root,
      expected: interopText('open311_root_expected'),
    });
  }
  if (list ? !Array.isArray(value) : value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'value',
      value,
      expected: list ? errorText('list_expected') : interopText('json_object_expected'),
    });
  }
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  element(root, value, root, 0, out);
  return out.join('');
}
