import { describe, expect, it } from 'vitest';
import { splitAfterSlashes } from '../../src/lib/text.ts';

describe('line breaks after slashes', () => {
  it('splits after a slash between words and keeps every character', () => {
    const label = 'Kontanthjælp/integrationsydelse til udlændinge';
    expect(splitAfterSlashes(label)).toEqual(['Kontanthjælp/', 'integrationsydelse til udlændinge']);
    expect(splitAfterSlashes(label).join('')).toBe(label);
  });

  it('leaves abbreviations like S/H-ydelse and text without slashes whole', () => {
    expect(splitAfterSlashes('programmet S/H-ydelse')).toEqual(['programmet S/H-ydelse']);
    expect(splitAfterSlashes('Førtidspension')).toEqual(['Førtidspension']);
  });
});
