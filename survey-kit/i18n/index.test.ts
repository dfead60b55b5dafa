import { describe, expect, it } from 'vitest';
import { MESSAGES, interpolate, isMessageKey, t, text } from './index';
import { defineCatalogue } from './define';

describe('i18n', () => {
  it('has the same keys in Indonesian and English, none empty', () => {
    const idKeys = Object.keys(MESSAGES.id).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(idKeys);
    for (const k of idKeys) {
      expect(MESSAGES.id[k as keyof typeof MESSAGES.id].trim()).not.toBe('');
      expect(MESSAGES.en[k as keyof typeof MESSAGES.en].trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(MESSAGES.id) as (keyof typeof MESSAGES.id)[]) {
      expect(names(MESSAGES.en[k]), k).toEqual(names(MESSAGES.id[k]));
    }
  });

  it('looks up and interpolates', () => {
    expect(t('id', 'category.A')).toBe('Sangat baik');
    expect(t('en', 'category.A')).toBe('Very good');
    expect(t('en', 'ikm.unknownElement', { code: 'foo' })).toBe('Element code "foo" is not in the instrument.');
    expect(text('instrument.codeDuplicate', { code: 'x' })).toEqual({
      id: 'Kode unsur "x" dipakai lebih dari sekali.',
      en: 'Element code "x" is used more than once.',
    });
  });

  it('leaves unknown placeholders visible and fills repeated ones', () => {
    expect(interpolate('{a}-{b}-{a}', { a: 1 })).toBe('1-{b}-1');
    expect(interpolate('no params {x}')).toBe('no params {x}');
  });

  it('recognises keys', () => {
    expect(isMessageKey('category.B')).toBe(true);
    expect(isMessageKey('nope.key')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });

  it('defineCatalogue keeps both languages', () => {
    const c = defineCatalogue({ 'x.a': 'A id' }, { 'x.a': 'A en' });
    expect(c.id['x.a']).toBe('A id');
    expect(c.en['x.a']).toBe('A en');
    // @ts-expect-error English must not miss a key
    defineCatalogue({ 'x.a': 'a', 'x.b': 'b' }, { 'x.a': 'a' });
    // @ts-expect-error English must not add a key
    defineCatalogue({ 'x.a': 'a' }, { 'x.a': 'a', 'x.c': 'c' });
  });
});
