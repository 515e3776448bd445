import { describe, expect, it } from 'vitest';
import { areaNavItems, inDocumentOrder, neighbours, relatedAreas } from '../../src/lib/navigation.ts';

const area = (id: string, order: number, related?: string[]) => ({ id, data: { title: id.toUpperCase(), order, related } });
const areas = [
  area('pulje', 3, ['familie']),
  area('job', 1),
  area('familie', 2),
  area('service', 4, ['job', 'familie']),
];

describe('document order', () => {
  it('sorts by order, not by file name', () => {
    expect(inDocumentOrder(areas).map((a) => a.id)).toEqual(['job', 'familie', 'pulje', 'service']);
  });

  it('gives previous and next, and nothing beyond the ends', () => {
    expect(neighbours(areas, 'familie')).toEqual({ previous: areas[1], next: areas[0] });
    expect(neighbours(areas, 'job').previous).toBeUndefined();
    expect(neighbours(areas, 'service').next).toBeUndefined();
    expect(neighbours(areas, 'missing')).toEqual({});
  });
});

describe('related areas', () => {
  it('lists declared relations first, then areas that declare this one', () => {
    expect(relatedAreas(areas, 'service').map((a) => a.id)).toEqual(['job', 'familie']);
    expect(relatedAreas(areas, 'familie').map((a) => a.id)).toEqual(['pulje', 'service']);
    expect(relatedAreas(areas, 'job').map((a) => a.id)).toEqual(['service']);
  });

  it('lists an area once when the relation is declared both ways', () => {
    const both = [area('a', 1, ['b']), area('b', 2, ['a'])];
    expect(relatedAreas(both, 'a').map((a) => a.id)).toEqual(['b']);
  });
});

describe('area navigation entries', () => {
  it('lists every area in document order with its link, the current one marked', () => {
    const items = areaNavItems(areas, 'pulje', (a) => `/omraader/${a.id}/`);
    expect(items.map((item) => item.href)).toEqual(['/omraader/job/', '/omraader/familie/', '/omraader/pulje/', '/omraader/service/']);
    expect(items.filter((item) => item.current)).toEqual([{ title: 'PULJE', href: '/omraader/pulje/', current: true }]);
  });

  it('marks none where the page is not an area (the front page)', () => {
    expect(areaNavItems(areas, undefined, (a) => a.id).some((item) => item.current)).toBe(false);
  });
});
