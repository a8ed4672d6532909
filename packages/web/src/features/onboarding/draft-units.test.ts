import { formatHeight, formatMass } from '@runstrong/core';
import { describe, expect, it } from 'vitest';
import {
  convertHeightText,
  convertMassText,
  formatNumber,
  heightFromCm,
  heightToCm,
  massFromKg,
  massToKg,
  parseNumber,
} from './draft-units';

describe('parseNumber', () => {
  it('reads whole and decimal numbers, with a point or a comma', () => {
    expect(parseNumber('20')).toBe(20);
    expect(parseNumber(' 22.5 ')).toBe(22.5);
    expect(parseNumber('22,5')).toBe(22.5);
    expect(parseNumber('.5')).toBe(0.5);
  });

  it('gives null for empty or non-numeric text', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('  ')).toBeNull();
    expect(parseNumber('20kg')).toBeNull();
    expect(parseNumber('1e3')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
  });
});

describe('masses', () => {
  it('stores kg as typed in metric, and pounds as the roundest kg that reads back the same', () => {
    expect(massToKg(22.5, 'metric')).toBe(22.5);
    expect(massToKg(45, 'imperial')).toBe(20.4);
    expect(massToKg(35.3, 'imperial')).toBe(16);
    expect(massToKg(35, 'imperial')).toBe(15.88);
  });

  it('stores the same kg when a saved form is shown and saved again', () => {
    for (let tenths = 1; tenths <= 4400; tenths += 7) {
      const kg = massToKg(tenths / 10, 'imperial');
      expect(massToKg(Number(massFromKg(kg, 'imperial')), 'imperial')).toBe(kg);
    }
  });

  it('reads back the pounds that were typed, as the plan will print them', () => {
    for (const lb of [5, 10, 15, 20, 25, 35, 44, 45, 53, 70, 100, 440]) {
      const kg = massToKg(lb, 'imperial');
      expect(massFromKg(kg, 'imperial')).toBe(String(lb));
      expect(formatMass(kg, 'imperial')).toBe(`${lb.toFixed(1)} lb`);
    }
  });

  it('shows stored kg in pounds to one decimal', () => {
    expect(massFromKg(20, 'imperial')).toBe('44.1');
    expect(massFromKg(16, 'imperial')).toBe('35.3');
    expect(massFromKg(20, 'metric')).toBe('20');
  });
});

describe('box heights', () => {
  it('turns A5’s 12–24 in into 30–60 cm, the heights the coach uses for jumps', () => {
    expect(heightToCm(12, 'imperial')).toBe(30);
    expect(heightToCm(18, 'imperial')).toBe(45);
    expect(heightToCm(20, 'imperial')).toBe(50);
    expect(heightToCm(24, 'imperial')).toBe(60);
    expect(heightToCm(45, 'metric')).toBe(45);
  });

  it('gives back every whole inch it was given, as the core prints it', () => {
    for (let inches = 4; inches <= 47; inches++) {
      const cm = heightToCm(inches, 'imperial');
      expect(heightFromCm(cm, 'imperial')).toBe(String(inches));
      expect(formatHeight(cm, 'imperial')).toBe(`${inches} in`);
    }
  });
});

describe('switching units', () => {
  it('converts what was typed and back again without drift', () => {
    expect(convertMassText('20', 'metric', 'imperial')).toBe('44.1');
    expect(convertMassText('44.1', 'imperial', 'metric')).toBe('20');
    expect(convertHeightText('60', 'metric', 'imperial')).toBe('24');
    expect(convertHeightText('24', 'imperial', 'metric')).toBe('60');
  });

  it('leaves text that is not a number alone', () => {
    expect(convertMassText('', 'metric', 'imperial')).toBe('');
    expect(convertMassText('twenty', 'metric', 'imperial')).toBe('twenty');
    expect(convertHeightText('20', 'metric', 'metric')).toBe('20');
  });

  it('formats without trailing zeros', () => {
    expect(formatNumber(44.1)).toBe('44.1');
    expect(formatNumber(20.0)).toBe('20');
    expect(formatNumber(20.04)).toBe('20');
  });
});
