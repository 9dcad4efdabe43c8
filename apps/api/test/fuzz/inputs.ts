import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { Edit } from './hostile.js';

export type Vars = Record<string, unknown>;
type Path = Array<string | number>;

/** The operation that calls a mutation with every argument as a variable. */
export function operationFor(field: GraphQLField<unknown, unknown>): string {
  const params = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const composite = !isScalarType(getNamedType(field.type)) && !isEnumType(getNamedType(field.type));
  return `mutation${params ? `(${params})` : ''} { ${field.name}${args ? `(${args})` : ''}${composite ? ' { __typename }' : ''} }`;
}

/**
 * Every place in a call's variables an edit can land: each argument, each field of an input
 * object (present or not), each element of a list given.
 */
export function editablePaths(args: readonly GraphQLArgument[], vars: Vars): Array<{ path: Path; type: GraphQLInputType }> {
  const out: Array<{ path: Path; type: GraphQLInputType }> = [];
  const walk = (type: GraphQLInputType, value: unknown, path: Path, depth: number) => {
    out.push({ path, type });
    if (depth > 4) return;
    const inner = getNullableType(type);
    if (isInputObjectType(inner)) {
      for (const f of Object.values(inner.getFields())) {
        walk(f.type, value && typeof value === 'object' ? (value as Record<string, unknown>)[f.name] : undefined, [...path, f.name], depth + 1);
      }
    } else if (isListType(inner) && Array.isArray(value)) {
      value.slice(0, 3).forEach((v, i) => walk(inner.ofType as GraphQLInputType, v, [...path, i], depth + 1));
    }
  };
  for (const a of args) walk(a.type, vars[a.name], [a.name], 0);
  return out;
}

function setAt(root: Vars, path: Path, apply: (parent: Record<string | number, unknown>, key: string | number) => void) {
  let node: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') {
      // The edit names a field of an object the base leaves out: create it, so the value lands.
      node[key] = typeof path[path.indexOf(key) + 1] === 'number' ? [] : {};
    }
    node = node[key] as Record<string | number, unknown>;
  }
  apply(node, path[path.length - 1]!);
}

/** A hostile value of the kind the schema expects at this place (or of another kind). */
function hostileFor(type: GraphQLInputType, edit: Edit, ids: readonly string[], current: unknown): unknown {
  const named = getNamedType(type);
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (edit.list === 'empty') return [];
    if (edit.list === 'nulls') return [null];
    const element = Array.isArray(current) && current.length ? current[0] : edit.str;
    return Array.from({ length: 1000 }, () => element);
  }
  if (isInputObjectType(named)) return edit.str;
  if (isEnumType(named)) {
    const values = named.getValues();
    return edit.otherEnum % 3 === 0 ? values[edit.otherEnum % values.length]!.name : edit.enumValue;
  }
  switch (named.name) {
    case 'ID':
      return edit.id % 4 === 0 ? edit.str : ids[edit.id % ids.length];
    case 'Int':
      return edit.int;
    case 'Float':
      return edit.float;
    case 'Boolean':
      return [null, 'true', 1, 0, 'yes'][edit.id % 5];
    case 'DateTime':
      return edit.date;
    default:
      return edit.str;
  }
}

const wrongType = (type: GraphQLInputType, edit: Edit): unknown => {
  const named = getNamedType(type);
  if (isInputObjectType(named) || isListType(getNullableType(type))) return edit.int;
  return [{ a: 1 }, [edit.str], 12345, true, edit.str][edit.id % 5];
};

/** Applies a plan of edits to a deep copy of valid variables. */
export function applyEdits(args: readonly GraphQLArgument[], base: Vars, plan: readonly Edit[], ids: readonly string[]): Vars {
  const vars = structuredClone(base);
  for (const edit of plan) {
    const paths = editablePaths(args, vars);
    const { path, type } = paths[edit.pick % paths.length]!;
    setAt(vars, path, (parent, key) => {
      switch (edit.op) {
        case 'delete':
          delete parent[key];
          break;
        case 'null':
          parent[key] = null;
          break;
        case 'wrongType':
          parent[key] = wrongType(type, edit);
          break;
        case 'extraField':
          if (parent[key] && typeof parent[key] === 'object' && !Array.isArray(parent[key])) (parent[key] as Record<string, unknown>)[['evil', 'constructor', 'companyId'][edit.id % 3]!] = edit.str;
          else parent[key] = hostileFor(type, edit, ids, parent[key]);
          break;
        default:
          parent[key] = hostileFor(type, edit, ids, parent[key]);
      }
    });
  }
  return vars;
}

/**
 * A plausible value for a mutation nobody wrote a base for (a new one): ids by what the field
 * is called, the first enum value, small numbers, short text. Hostile edits then start from it.
 */
export function genericVars(args: readonly GraphQLArgument[], idFor: (field: string) => string): Vars {
  const valueOf = (type: GraphQLInputType, name: string, depth: number): unknown => {
    const inner = getNullableType(type);
    if (isListType(inner)) return depth > 3 ? [] : [valueOf(inner.ofType as GraphQLInputType, name, depth + 1)];
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      return Object.fromEntries(
        Object.values(named.getFields())
          .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
          .map((f) => [f.name, valueOf(f.type, f.name, depth + 1)]),
      );
    }
    if (isEnumType(named)) return named.getValues()[0]!.name;
    switch (named.name) {
      case 'ID':
        return idFor(name);
      case 'Int':
        return name === 'version' ? 1 : 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
        return new Date(Date.now() + 86_400_000).toISOString();
      default:
        return /month/i.test(name) ? '2026-10' : /phone/i.test(name) ? '13912345678' : /email/i.test(name) ? 'fuzz@a.test' : '测试';
    }
  };
  return Object.fromEntries(args.map((a) => [a.name, valueOf(a.type, a.name, 0)]));
}
