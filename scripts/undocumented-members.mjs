// Lists the members of the API reference (properties, methods, accessors, enum members of the
// exported types, options and return shapes) that have no TSDoc comment, grouped by where they are
// declared. Used by scripts/check-api-docs.mjs and scripts/typedoc-plugin-zod-shapes.mjs;
// `node scripts/list-undocumented-members.mjs [--list]` prints the counts per group and, with `--list`,
// every member.
//
// The groups:
// - `hand-written`: a property of an interface or type literal written in src (an options object,
//   a returned shape) or a member of a class;
// - `zod`: a property TypeScript infers from a `z.object({ ... })` literal of a schema in src;
// - `value`: a property inferred from any other object literal of src (a constant, the XState config);
// - `library`: a member of a type zod or xstate build with no declaration in src (the `enum` object
//   of a `z.enum`, a schema's own methods, the machine's inferred type), which TypeDoc shows but the
//   package cannot document.

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  Application,
  DeclarationReflection,
  ReflectionKind,
  ReflectionType,
  TSConfigReader,
  TypeDocReader,
} from 'typedoc';
import ts from 'typescript';

const root = join(import.meta.dirname, '..');

/** The member kinds counted (the declarations themselves are TypeDoc's own validation). */
const memberKinds =
  ReflectionKind.Property | ReflectionKind.Method | ReflectionKind.Accessor | ReflectionKind.EnumMember;

/** The zod calls whose object literal becomes an inferred type. */
const zodObjectCalls = new Set(['object', 'strictObject', 'looseObject', 'extend', 'safeExtend']);

const sources = new Map();
/** The source file `fileName`, parsed once. */
const sourceOf = (fileName) => {
  let file = sources.get(fileName);
  if (!file) {
    file = ts.createSourceFile(fileName, readFileSync(fileName, 'utf8'), ts.ScriptTarget.Latest, true);
    sources.set(fileName, file);
  }
  return file;
};

/** The innermost node of `file` that starts at `pos` and is a declaration (or `undefined`). */
const declarationAt = (file, pos) => {
  let found;
  const visit = (node) => {
    if (
      node.getStart(file) === pos &&
      (ts.isPropertySignature(node) ||
        ts.isPropertyAssignment(node) ||
        ts.isShorthandPropertyAssignment(node) ||
        ts.isMethodSignature(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isPropertyDeclaration(node) ||
        ts.isGetAccessor(node) ||
        ts.isSetAccessor(node) ||
        ts.isEnumMember(node) ||
        ts.isParameter(node))
    ) {
      found = node;
    }
    if (node.pos <= pos && pos < node.end) ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
};

/** `'zod'` when `literal` is the argument of a `z.object(...)`-like call, else `'value'`. */
const literalGroup = (literal) => {
  const call = literal.parent;
  if (call && ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression)) {
    if (zodObjectCalls.has(call.expression.name.text)) return 'zod';
  }
  return 'value';
};

/** The group of a member declared at `symbolId` (see the top of the file). */
export const groupOf = (symbolId) => {
  if (
    symbolId.packageName !== 'pengaduan' ||
    !symbolId.fileName ||
    symbolId.fileName.includes('/node_modules/')
  ) {
    return 'library';
  }
  const node = declarationAt(sourceOf(symbolId.fileName), symbolId.pos);
  if (!node) return 'hand-written';
  if (ts.isObjectLiteralExpression(node.parent)) return literalGroup(node.parent);
  return 'hand-written';
};

/**
 * The members of `project` without a comment, each `{ name, kind, group, file }`: the same walk as
 * TypeDoc's `notDocumented` validation, but for every package (to count the library's members too).
 */
export const undocumentedMembers = (project) => {
  const result = [];
  const seen = new Set();
  for (const ref of project.getReflectionsByKind(memberKinds)) {
    if (seen.has(ref)) continue;
    seen.add(ref);
    let inParameter = false;
    for (let r = ref.parent; r; r = r.parent) if (r.kindOf(ReflectionKind.Parameter)) inParameter = true;
    if (inParameter) continue;
    if (ref.hasComment()) continue;
    // A method documented on its signature counts as documented, as in TypeDoc's validation.
    const signatures =
      ref instanceof DeclarationReflection
        ? ref.type instanceof ReflectionType
          ? ref.type.declaration.getNonIndexSignatures()
          : ref.getNonIndexSignatures()
        : [];
    if (signatures.some((s) => s.hasComment())) continue;
    const symbolId = project.getSymbolIdFromReflection(ref);
    if (!symbolId) continue;
    result.push({
      name: ref.getFriendlyFullName(),
      kind: ReflectionKind[ref.kind],
      group: groupOf(symbolId),
      file: symbolId.fileName ? relative(root, symbolId.fileName) : symbolId.packagePath,
      declaration: `${symbolId.fileName ?? symbolId.packagePath}:${symbolId.pos}`,
      line:
        symbolId.fileName && Number.isFinite(symbolId.pos)
          ? sourceOf(symbolId.fileName).getLineAndCharacterOfPosition(symbolId.pos).line + 1
          : 0,
    });
  }
  return result;
};

/** Converts the sources with typedoc.json's options (plus `overrides`); the project, or undefined. */
export const convertProject = async (overrides = {}) => {
  const app = await Application.bootstrapWithPlugins({ options: join(root, 'typedoc.json'), ...overrides }, [
    new TypeDocReader(),
    new TSConfigReader(),
  ]);
  const project = await app.convert();
  return { app, project };
};

/** Counts per group, in a fixed order. */
export const countByGroup = (members) => {
  const counts = { 'hand-written': 0, zod: 0, value: 0, library: 0 };
  for (const m of members) counts[m.group] += 1;
  return counts;
};
