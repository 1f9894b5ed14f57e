// Resource and method names a person would write, derived from the path shape.
//
// Resource: the operation's first tag, camelCased (`Entity users` → `entityUsers`), or
// `resourceNameOverrides`.
// Method: the path is cut after the resource root (the longest static prefix shared by every path
// of the resource). What is left decides the name:
// - nothing, or only `{id}`:       list / create (collection), retrieve / update / replace / delete (item)
// - ends in `…/{id}` after a noun: retrieveLineItem, updateLineItem, … (noun singular)
// - ends in a noun, GET:           listNoun when it returns a page, `noun` right under the root
//                                  (`me`, `myRole`), else retrieveNoun
// - ends in a noun, POST:          createNoun when the noun is a collection (has a GET list or
//                                  `…/{id}` items), else the action itself (`approvePaymentOperation`)
// - ends in a noun, PATCH/PUT/DELETE: updateNoun / replaceNoun / deleteNoun
// Leftovers and collisions are settled by `methodNameOverrides`; the generator fails on collisions.
// A vendor may instead name every operation itself (`names.operations`, `resource.method`).
import type { VendorNames } from './config.ts';
import { camelCase, pascalCase, singular } from './naming.ts';
import type { ApiOperation } from './spec.ts';
import { compare } from './spec.ts';

export interface NamedOperation {
  op: ApiOperation;
  resource: string;
  method: string;
  /** `getEntitiesIdOp`-style const name, from the operationId. */
  constName: string;
}

export interface ResourceGroup {
  name: string;
  tag: string;
  operations: NamedOperation[];
}

const isParam = (segment: string): boolean => segment.startsWith('{');
const segmentsOf = (path: string): string[] => path.split('/').filter(Boolean);

export function resourceName(tag: string, names: VendorNames): string {
  return names.resourceNameOverrides[tag] ?? camelCase(tag);
}

/** `resource.method` from the vendor's table, or undefined when the vendor names by rule. */
function tableName(op: ApiOperation, names: VendorNames): [string, string] | undefined {
  if (!names.operations) return undefined;
  const entry = names.operations[`${op.method} ${op.path}`];
  const [resource, method, ...rest] = entry?.split('.') ?? [];
  if (!resource || !method || rest.length) throw new Error(`${op.method} ${op.path}: add it to the vendor's operation names as "resource.method"`);
  return [resource, method];
}

export function groupOperations(operations: ApiOperation[], isList: (op: ApiOperation) => boolean, names: VendorNames): ResourceGroup[] {
  const byResource = new Map<string, ApiOperation[]>();
  for (const op of operations) {
    const name = tableName(op, names)?.[0] ?? resourceName(op.tag, names);
    byResource.set(name, [...(byResource.get(name) ?? []), op]);
  }
  const groups = [...byResource.keys()].sort(compare).map((name) => {
    const ops = byResource.get(name)!;
    const root = resourceRoot(ops.map((o) => o.path));
    const named = ops.map((op) => {
      const method = tableName(op, names)?.[1] ?? names.methodNameOverrides[`${op.method} ${op.path}`] ?? methodName(op, root, ops, isList);
      const constName = names.constNames === 'method' ? `${name}${pascalCase(method)}Op` : `${camelCase(op.id)}Op`;
      return { op, resource: name, method, constName };
    });
    return { name, tag: ops[0]!.tag, operations: named.sort((a, b) => compare(a.method, b.method)) };
  });
  checkUnique(groups);
  return groups;
}

/**
 * The resource root: the longest prefix, ending on a static segment, shared by every path that
 * starts with the resource's most common first segment. Paths elsewhere (a tag may hold a stray
 * `/entity_users/my_entity`) keep all their segments.
 */
function resourceRoot(paths: string[]): string[] {
  const counts = new Map<string, number>();
  for (const p of paths) counts.set(segmentsOf(p)[0]!, (counts.get(segmentsOf(p)[0]!) ?? 0) + 1);
  const first = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]![0];
  const split = paths.map(segmentsOf).filter((s) => s[0] === first);
  let n = 0;
  while (split.every((s) => s[n] !== undefined && s[n] === split[0]![n])) n++;
  while (n > 0 && isParam(split[0]![n - 1]!)) n--;
  return split[0]!.slice(0, n);
}

const VERBS = { GET: 'retrieve', PATCH: 'update', PUT: 'replace', DELETE: 'delete', POST: 'create' } as const;

function methodName(op: ApiOperation, root: string[], siblings: ApiOperation[], isList: (op: ApiOperation) => boolean): string {
  const all = segmentsOf(op.path);
  const rest = root.every((r, i) => all[i] === r) ? all.slice(root.length) : all;
  // A noun followed by `{id}` names one item: `processes/{id}/steps` → process, steps.
  const nouns = rest.flatMap((s, i) => (isParam(s) ? [] : [isParam(rest[i + 1] ?? '') ? singular(s) : s]));
  const endsWithParam = rest.length > 0 && isParam(rest[rest.length - 1]!);
  const noun = pascalCase(nouns.join('_'));
  const listedHere = siblings.some((s) => s.path === op.path && s.method === 'GET' && isList(s));
  if (nouns.length === 0) {
    if (endsWithParam) return VERBS[op.method];
    if (op.method === 'GET') return isList(op) ? 'list' : 'retrieve';
    if (op.method === 'POST') return 'create';
    return VERBS[op.method] + (listedHere ? 'All' : '');
  }
  if (endsWithParam) return VERBS[op.method] + noun;
  const last = rest[rest.length - 1]!;
  const before = pascalCase(nouns.slice(0, -1).join('_'));
  switch (op.method) {
    case 'GET':
      if (isList(op)) return `list${noun}`;
      // `me`, `my_role`: read like properties of the caller.
      return /^(me|my_)/.test(last) && nouns.length === 1 ? camelCase(last) : `retrieve${noun}`;
    case 'POST':
      if (isCollection(op.path, siblings)) return `create${pascalCase(singular(nouns.join('_')))}`;
      // An action: the verb segment first, then what it acts on (`cancelProcess`, `resetValidations`).
      return camelCase(last) + before;
    default:
      return VERBS[op.method] + noun;
  }
}

/** A POST target is a collection when it can also be listed or has `/{id}` items. */
function isCollection(path: string, siblings: ApiOperation[]): boolean {
  return siblings.some((s) => (s.path === path && s.method === 'GET') || (s.path.startsWith(`${path}/{`) && !s.path.slice(path.length + 1).includes('/')));
}

function checkUnique(groups: ResourceGroup[]): void {
  const problems: string[] = [];
  for (const group of groups) {
    const seen = new Map<string, string>();
    for (const { op, method } of group.operations) {
      const key = `${op.method} ${op.path}`;
      const other = seen.get(method);
      if (other) problems.push(`${group.name}.${method}: ${other} and ${key}`);
      seen.set(method, key);
    }
  }
  if (problems.length) throw new Error(`method name collisions (add methodNameOverrides):\n  ${problems.join('\n  ')}`);
}
