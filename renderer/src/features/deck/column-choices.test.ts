import { describe, expect, it } from 'vitest';
import { parseTags } from './column-choices';

describe('tag input', () => {
  it.each([
    ['cats', ['cats']],
    ['#cats #dogs', ['cats', 'dogs']],
    ['cats, dogs,  birds', ['cats', 'dogs', 'birds']],
    ['#Cats #cats', ['Cats']],
    ['##fédivers  日本', ['fédivers', '日本']],
    ['# !!! #ok', ['ok']],
    ['', []],
  ])('reads %j as %j', (input, expected) => {
    expect(parseTags(input)).toEqual(expected);
  });
});
