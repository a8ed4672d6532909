import { describe, expect, it } from 'vitest';
import { renderMarkdownTable, renderTable } from './table';

describe('renderTable', () => {
  it('pads every column to its widest cell and trims line ends', () => {
    const text = renderTable(
      ['id', 'name'],
      [
        ['squat', 'Bodyweight squat'],
        ['single-leg-squat', 'Single-leg squat'],
      ],
    );
    expect(text.split('\n')).toEqual([
      'id                name',
      '----------------  ----------------',
      'squat             Bodyweight squat',
      'single-leg-squat  Single-leg squat',
    ]);
  });
});

describe('renderMarkdownTable', () => {
  it('escapes pipes and flattens line breaks inside cells', () => {
    expect(renderMarkdownTable(['a', 'b'], [['x | y', 'one\ntwo']])).toBe(
      '| a | b |\n|---|---|\n| x \\| y | one two |',
    );
  });
});
