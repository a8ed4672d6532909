import { describe, expect, it } from 'vitest';
import { describeJsonError, lineAndColumn } from './read-json-file';

const parseError = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected invalid JSON');
};

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('describeJsonError', () => {
  it('turns the position in this Node version into a line and column', () => {
    // Offset 15 is the "2" on line 2: `  "b" 2}` starts at offset 9, so column 15 - 9 + 1 = 7.
    const text = '{"a": 1,\n  "b" 2}';
    expect(describeJsonError(text, parseError(text))).toMatch(/^line 2, column 7: /);
  });

  it('points at the end for truncated input', () => {
    const text = '{"a":';
    expect(describeJsonError(text, parseError(text))).toMatch(/^line 1, column 6: /);
  });

  it('reads the wordings of other Node versions too', () => {
    expect(
      describeJsonError(
        '',
        "Expected ',' or '}' after property value in JSON at position 15 (line 2 column 7)",
      ),
    ).toBe("line 2, column 7: Expected ',' or '}' after property value");
    expect(
      describeJsonError('{"a": x}', `Unexpected token 'x', "{"a": x}" is not valid JSON`),
    ).toBe("Unexpected token 'x'");
  });
});
