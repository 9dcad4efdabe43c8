import raEn from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import raZh from './ra-zh';
import { zh } from './zh';

type Tree = { [key: string]: string | Tree };

const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

describe('translations', () => {
  it('ra-zh translates every react-admin core message', () => {
    expect(keys(raZh as Tree).sort()).toEqual(keys(raEn as Tree).sort());
  });

  it('ra-zh uses the placeholders of the English message', () => {
    const flat = (tree: Tree) => Object.fromEntries(keys(tree).map((k) => [k, k.split('.').reduce<Tree | string>((t, p) => (t as Tree)[p]!, tree) as string]));
    const placeholders = (text: string) => new Set(text.match(/%\{\w+\}/g) ?? []);
    const zhFlat = flat(raZh as Tree);
    for (const [key, english] of Object.entries(flat(raEn as Tree))) {
      const chinese = zhFlat[key]!;
      // Chinese has one form, the general (last, plural) English form.
      const general = english.split('||||').at(-1)!;
      for (const p of placeholders(general)) expect(chinese, `${key} lacks ${p}`).toContain(p);
      for (const p of placeholders(chinese)) expect(english, `${key} has unknown ${p}`).toContain(p);
    }
  });

  it('zh and en console messages have the same keys', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(zh as Tree).sort());
  });
});
