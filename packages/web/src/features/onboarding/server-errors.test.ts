import { describe, expect, it } from 'vitest';
import { liveServerErrors, valueAtPath } from './server-errors';

const sent = { weeks: 99, equipment: { box: { heightsCm: [30, 200] } } };

describe('valueAtPath', () => {
  it('follows dotted paths and list indexes', () => {
    expect(valueAtPath(sent, 'weeks')).toBe(99);
    expect(valueAtPath(sent, 'equipment.box.heightsCm[1]')).toBe(200);
    expect(valueAtPath(sent, 'equipment.box.heightsCm[5]')).toBeUndefined();
    expect(valueAtPath(sent, 'race.date')).toBeUndefined();
  });
});

describe('liveServerErrors', () => {
  const fields = {
    weeks: '99 is out of range; accepted: at most 52',
    'equipment.box.heightsCm[1]': '200 is out of range; accepted: at most 120',
  };

  it('keeps the server’s words while the field holds what was sent', () => {
    expect(liveServerErrors(fields, sent, sent).map((e) => e.path)).toEqual([
      'weeks',
      'equipment.box.heightsCm[1]',
    ]);
  });

  it('drops them once the runner has changed that field', () => {
    const current = { ...sent, weeks: 16 };
    expect(liveServerErrors(fields, sent, current)).toEqual([
      {
        path: 'equipment.box.heightsCm[1]',
        message: '200 is out of range; accepted: at most 120',
      },
    ]);
  });
});
