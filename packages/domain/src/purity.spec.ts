/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The domain stays free of I/O, the ORM and GraphQL so its rules can be tested and reused anywhere.
const FORBIDDEN = /from\s+['"](@mikro-orm|type-graphql|graphql|@apollo|pg|express|node:|fs|path|http|net|child_process|@wuye\/api)/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('domain purity', () => {
  it('imports nothing from the API, the ORM, GraphQL or node I/O', () => {
    const offenders = sources(new URL('.', import.meta.url).pathname).filter((file) =>
      FORBIDDEN.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
