import { readFileSync } from 'node:fs';
import {
  buildSchema,
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  DEFAULT_DEPRECATION_REASON,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The partner contract (docs/partner-api.md, "Versioning"). `released/v1.graphql` is what
 * partners built against; the schema the API emits may grow but must not break it. A breaking
 * change is made only on purpose: by editing the released file in the same change, which a
 * reviewer sees.
 */
const read = (path: string) => buildSchema(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
const current = read('schema.graphql');
const released = read('released/v1.graphql');

const breaking = (before: GraphQLSchema, after: GraphQLSchema) => findBreakingChanges(before, after).map((c) => `${c.type}: ${c.description}`);

describe('the released v1 contract', () => {
  it('the current schema breaks nothing in released/v1.graphql', () => {
    expect(breaking(released, current)).toEqual([]);
  });

  it('is caught breaking: a removed field, a changed type, a new required argument', () => {
    const sdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    const edits: Array<[string, RegExp, string]> = [
      ['FIELD_REMOVED', /^ {2}number: String!\n/m, ''],
      ['FIELD_CHANGED_KIND', /^ {2}quoteTotalFen: Int\n/m, '  quoteTotalFen: String\n'],
      ['REQUIRED_ARG_ADDED', /publishedPriceList\(projectId: ID!\)/, 'publishedPriceList(projectId: ID!, at: DateTime!)'],
    ];
    for (const [type, pattern, replacement] of edits) {
      expect(pattern.test(sdl), `${type}: the pattern no longer matches schema.graphql`).toBe(true);
      const changes = findBreakingChanges(current, buildSchema(sdl.replace(pattern, replacement)));
      expect(changes.map((c) => c.type)).toContain(type);
    }
  });

  it('every deprecation says why, with @deprecated(reason:)', () => {
    const unexplained: string[] = [];
    const check = (where: string, reason: string | null | undefined) => {
      if (reason != null && (reason.trim() === '' || reason === DEFAULT_DEPRECATION_REASON)) unexplained.push(where);
    };
    for (const type of Object.values(current.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.deprecationReason);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.deprecationReason);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.deprecationReason);
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.deprecationReason);
      }
    }
    expect(unexplained).toEqual([]);
  });
});
