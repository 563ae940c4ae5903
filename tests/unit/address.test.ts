import { describe, expect, it } from 'vitest';
import { readAddress } from '../../src/core/address';

const at = (pathname: string, search = '', base = '/') => readAddress({ pathname, search }, base);

describe('the page address', () => {
  it('is the game at the base and at its index.html', () => {
    expect(at('/')).toEqual({ page: 'game', home: '/', diagnostics: false });
    expect(at('/index.html')).toMatchObject({ page: 'game' });
  });

  it('is the game under a deployment base, with or without the trailing slash', () => {
    expect(at('/training/counterpart/', '', '/training/counterpart/')).toMatchObject({ page: 'game', home: '/training/counterpart/' });
    expect(at('/training/counterpart', '', '/training/counterpart/')).toMatchObject({ page: 'game' });
    expect(at('/training/counterpart/index.html', '', '/training/counterpart/')).toMatchObject({ page: 'game' });
  });

  it('is unknown for any other path, and says which path and where the way in is', () => {
    expect(at('/assign/towel')).toEqual({ page: 'unknown', home: '/', path: '/assign/towel', diagnostics: false });
    expect(at('/index.htm')).toMatchObject({ page: 'unknown' });
    expect(at('/towel', '', '/training/')).toEqual({ page: 'unknown', home: '/training/', path: '/towel', diagnostics: false });
  });

  it('reads the diagnostics switch, with or without a value', () => {
    expect(at('/', '?diagnostics')).toMatchObject({ page: 'game', diagnostics: true });
    expect(at('/', '?diagnostics=1')).toMatchObject({ diagnostics: true });
  });

  it('ignores query parameters it does not know, on purpose: the address is still the game', () => {
    expect(at('/', '?utm_source=newsletter&scenario=towel&lang=zh&')).toEqual({ page: 'game', home: '/', diagnostics: false });
    expect(at('/', '?utm_source=x&diagnostics&%E0%A4%A=broken')).toEqual({ page: 'game', home: '/', diagnostics: true });
  });
});
