import { WEBHOOK_EVENT_NAMES, WEBHOOK_HEADERS } from '@wuye/schema/partner';
import { buildSchema, getVariableValues, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * docs/partner-api.md cannot rot unnoticed: every request body of its curl examples and every
 * GraphQL snippet must be valid against the schema the API emits, with its variables.
 */
const doc = readFileSync(new URL('../../../docs/partner-api.md', import.meta.url), 'utf8');
const schema = buildSchema(readFileSync(new URL('../../../packages/schema/schema.graphql', import.meta.url), 'utf8'));

const bodies = [...doc.matchAll(/<<'JSON'\n([\s\S]*?)\nJSON\n/g)].map((m) => m[1]!);
const snippets = [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());

function problems(query: string, variables: Record<string, unknown> = {}, checkVariables = true): string[] {
  const document = parse(query);
  const errors = validate(schema, document).map((e) => e.message);
  if (errors.length || !checkVariables) return errors;
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return coerced.errors?.map((e) => e.message) ?? [];
}

describe('docs/partner-api.md', () => {
  it('has the worked examples', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(10);
  });

  it.each(bodies.map((b, i) => [i + 1, b] as const))('curl body %i is valid JSON, a valid operation and valid variables', (_, body) => {
    const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
    expect(problems(query, variables)).toEqual([]);
  });

  it.each(snippets.map((s, i) => [i + 1, s] as const))('GraphQL snippet %i is valid against the schema', (_, snippet) => {
    const query = /^(query|mutation|\{)/.test(snippet) ? snippet : `query { ${snippet} }`;
    expect(problems(query, {}, false)).toEqual([]);
  });

  it('names every webhook event, in both spellings, and every delivery header', () => {
    for (const [value, name] of Object.entries(WEBHOOK_EVENT_NAMES)) expect(doc).toContain(`| \`${name}\` (\`${value}\`) |`);
    for (const header of Object.values(WEBHOOK_HEADERS)) expect(doc).toContain(`\`${header}\``);
  });
});
