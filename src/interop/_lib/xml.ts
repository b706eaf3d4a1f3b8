// A small XML writer for Open311's plain documents: elements and text only, no attributes, no
// namespaces. Text is escaped for element content and attribute values alike; characters XML 1.0
// cannot carry at all (most C0 controls, U+FFFE, U+FFFF, lone surrogates) become U+FFFD, since not
// even a character reference may name them.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw CR would be read back as LF (XML end-of-line handling): keep it as a reference.
  '\r': '&#13;',
};

// Written as a string so the control characters stay visible as escapes in the pattern's source.
const FORBIDDEN = new RegExp(
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]' +
    '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
);

/** `text` escaped for XML 1.0 content. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"'\r]/g, (c) => ENTITIES[c] as string);
}
