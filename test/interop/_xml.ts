/**
 * A strict reader for the small XML this entry writes (elements and text, no attributes), written
 * independently of the writer so the tests can read its output back: it refuses raw `<` or `&` in
 * text, unknown entities, mismatched tags and characters XML 1.0 does not allow.
 */
export type XmlNode = { readonly name: string; readonly children: XmlNode[]; text: string };

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (/[<>]/.test(text)) throw new Error(`raw markup character in text: ${JSON.stringify(text)}`);
  return text.replace(/&([^;]*);|&/g, (match, name: string | undefined) => {
    if (name === undefined) throw new Error('bare & in text');
    if (name in ENTITY) return ENTITY[name] as string;
    const code = /^#x([0-9a-fA-F]+)$/.exec(name)?.[1] ?? /^#([0-9]+)$/.exec(name)?.[1];
    if (code === undefined) throw new Error(`unknown entity &${name};`);
    const point = name.startsWith('#x') ? Number.parseInt(code, 16) : Number.parseInt(code, 10);
    if (
      !(
        point === 0x9 ||
        point === 0xa ||
        point === 0xd ||
        (point >= 0x20 && point <= 0xd7ff) ||
        point >= 0xe000
      )
    ) {
      throw new Error(`character reference to a forbidden character: ${match}`);
    }
    return String.fromCodePoint(point);
  });
}

/** Whether one character (a code point, or a lone surrogate) may appear in an XML 1.0 document. */
export function isXmlChar(ch: string): boolean {
  const c = ch.codePointAt(0) as number;
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && ch.length === 2)
  );
}

export function readXml(xml: string): XmlNode {
  const declaration = '<?xml version="1.0" encoding="utf-8"?>';
  if (!xml.startsWith(declaration)) throw new Error('no XML declaration');
  for (const ch of xml) {
    if (!isXmlChar(ch))
      throw new Error(`character U+${ch.codePointAt(0)?.toString(16)} is not allowed in XML 1.0`);
  }
  const root: XmlNode = { name: '#root', children: [], text: '' };
  const stack: XmlNode[] = [root];
  const pattern = /<(\/?)([A-Za-z_][A-Za-z0-9_.-]*)>|([^<]+)/gy;
  const body = xml.slice(declaration.length);
  pattern.lastIndex = 0;
  let consumed = 0;
  for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) {
    consumed = pattern.lastIndex;
    const top = stack[stack.length - 1] as XmlNode;
    if (m[3] !== undefined) top.text += decode(m[3]);
    else if (m[1] === '/') {
      if (top.name !== m[2]) throw new Error(`</${m[2]}> closes <${top.name}>`);
      stack.pop();
    } else {
      const node: XmlNode = { name: m[2] as string, children: [], text: '' };
      top.children.push(node);
      stack.push(node);
    }
  }
  if (consumed !== body.length || stack.length !== 1 || root.children.length !== 1)
    throw new Error('not well formed');
  return root.children[0] as XmlNode;
}

const LISTS = new Set(['services', 'service_requests', 'errors', 'attributes', 'values']);

/** An element as the JSON value it stands for, every scalar as a string. */
export function xmlToJson(node: XmlNode): unknown {
  if (LISTS.has(node.name)) return node.children.map(xmlToJson);
  if (node.children.length === 0) return node.text;
  return Object.fromEntries(node.children.map((c) => [c.name, xmlToJson(c)]));
}

/** A JSON value with every scalar written as XML writes it, absent and null fields left out. */
export function asXmlSees(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asXmlSees);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => [k, asXmlSees(v)]),
    );
  }
  return String(value);
}
