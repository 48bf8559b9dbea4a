import { describe, expect, it } from 'vitest';
import { fromJulianDay, julianDay, lunarToSolar } from '../../src/extract/lunar.js';

describe('lunarToSolar', () => {
  it('puts Tết (mùng 1 tháng Giêng) on the published Gregorian days', () => {
    expect(lunarToSolar(1, 1, 2023)).toBe('2023-01-22');
    expect(lunarToSolar(1, 1, 2024)).toBe('2024-02-10');
    expect(lunarToSolar(1, 1, 2025)).toBe('2025-01-29');
  });

  it('converts the Hùng Kings commemoration day (10/3 âm lịch)', () => {
    expect(lunarToSolar(10, 3, 2019)).toBe('2019-04-14');
    expect(lunarToSolar(10, 3, 2024)).toBe('2024-04-18');
  });

  it('counts the leap month of a 13-month year', () => {
    // 2023 had a leap second month: the mid-autumn festival fell on 29 September.
    expect(lunarToSolar(15, 8, 2023)).toBe('2023-09-29');
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(lunarToSolar(1, 3, 2023, true)).toBeNull();
  });

  it('months 11 and 12 belong to the lunar year that began in the same solar year', () => {
    expect(lunarToSolar(23, 12, 2023)).toBe('2024-02-02');
  });
});

describe('julianDay', () => {
  it('round-trips through fromJulianDay', () => {
    expect(fromJulianDay(julianDay(29, 2, 2024))).toEqual([29, 2, 2024]);
    expect(julianDay(1, 1, 2000)).toBe(2451545);
  });
});
