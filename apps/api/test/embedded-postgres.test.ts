import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { letOthersReach } from '../src/db/embedded-postgres.js';

/** A checkout under `mktemp -d` (0700) must still let the postgres OS user reach its binaries and data. */
describe('reaching the binaries and data dir as the postgres OS user', () => {
  const root = mkdtempSync(join(tmpdir(), 'wuye-reach-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('adds the search bit for others on every directory on the way, and nothing else', () => {
    const deep = join(root, 'p', 'node_modules', 'bin');
    mkdirSync(deep, { recursive: true });
    chmodSync(root, 0o700);
    chmodSync(join(root, 'p'), 0o750);
    const changed = letOthersReach([deep]);
    expect(changed).toContain(root);
    expect(changed).toContain(join(root, 'p'));
    expect(statSync(root).mode & 0o777).toBe(0o701);
    expect(statSync(join(root, 'p')).mode & 0o777).toBe(0o751);
    // A second run finds nothing left to change.
    expect(letOthersReach([deep])).toEqual([]);
  });
});
