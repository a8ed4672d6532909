import { describe, expect, it } from 'vitest';
import { timerSeconds } from './timer-time';

const timer = (timestamp: number, eventType: string) => ({ event: 'timer', eventType, timestamp });

describe('timerSeconds', () => {
  it('adds up the spans between timer starts and stops, leaving pauses out', () => {
    const events = [
      timer(0, 'start'),
      timer(100, 'stop'),
      timer(130, 'start'),
      timer(200, 'stopAll'),
    ];
    expect(timerSeconds(events, 0, 200)).toBe(170);
  });

  it('runs a timer still going at the end up to the last sample', () => {
    expect(timerSeconds([timer(10, 'start')], 0, 60)).toBe(50);
  });

  it('counts no second twice when damaged events repeat or run backwards', () => {
    const events = [timer(0, 'start'), timer(60, 'stop'), timer(0, 'start'), timer(60, 'stop')];
    expect(timerSeconds(events, 0, 60)).toBe(60);
  });

  it('gives null without timer events: pauses cannot be told from moving', () => {
    expect(timerSeconds([{ event: 'lap', eventType: 'stop', timestamp: 5 }], 0, 60)).toBeNull();
  });
});
