import { describe, expect, it } from 'vitest';
import { formatDate, formatKroner, formatMillionKroner, formatNumber, formatPercent, formatSignedNumber, formatSignedPercent } from '../../src/lib/format.ts';

describe('Danish number formatting', () => {
  it('writes kroner with dots between thousands and "kr." after', () => {
    expect(formatKroner(989049000)).toBe('989.049.000 kr.');
    expect(formatKroner(1358107000)).toBe('1.358.107.000 kr.');
    expect(formatKroner(0)).toBe('0 kr.');
  });

  it('groups counts from four digits and uses a hyphen-minus for negatives', () => {
    expect(formatNumber(2816)).toBe('2.816');
    expect(formatNumber(140)).toBe('140');
    expect(formatNumber(-151000)).toBe('-151.000');
  });

  it('writes percentages with a decimal comma and a no-break space before %', () => {
    expect(formatPercent(0.72826)).toBe('72,8\u00a0%');
    expect(formatPercent(1)).toBe('100,0\u00a0%');
    expect(formatPercent(-0.0625, 2)).toBe('-6,25\u00a0%');
  });

  it('writes changes with their sign, and no sign for no change', () => {
    expect(formatSignedNumber(41)).toBe('+41');
    expect(formatSignedNumber(-1015)).toBe('-1.015');
    expect(formatSignedNumber(0)).toBe('0');
    expect(formatSignedPercent(0.25)).toBe('+25,0\u00a0%');
    expect(formatSignedPercent(-0.0602)).toBe('-6,0\u00a0%');
    expect(formatSignedPercent(-0.0001)).toBe('0,0\u00a0%');
    expect(formatSignedPercent(0)).toBe('0,0\u00a0%');
  });

  it('writes kroner in millions for axes and bar labels', () => {
    expect(formatMillionKroner(989049000)).toBe('989,0 mio. kr.');
    expect(formatMillionKroner(1000000000, 0)).toBe('1.000 mio. kr.');
    expect(formatMillionKroner(373000)).toBe('0,4 mio. kr.');
  });
});

describe('Danish date formatting', () => {
  it('writes the day, the month in words and the year', () => {
    expect(formatDate(new Date(2021, 9, 7))).toBe('7. oktober 2021');
    expect(formatDate(new Date(2022, 0, 31))).toBe('31. januar 2022');
  });
});
