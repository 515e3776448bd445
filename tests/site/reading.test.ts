// Reading the site in a browser: on a phone, with the keyboard.
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served-site.ts';

describe('reading the site in Chromium', () => {
  const site = useServedSite();

  for (const path of ['', '2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/', '2022/oekonomiudvalget/omraader/digitalisering-og-it/', '2022/oekonomiudvalget/omraader/oekonomi/', 'konti/', 'konti/05-48-66/']) {
    it(`fits a 360 px phone screen without sideways scrolling: /${path}`, async () => {
      const page = await site.page({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
      await page.goto(site.server.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  it('puts the skip link first in the tab order and moves focus to the content', async () => {
    const page = await site.page();
    await page.goto(`${site.server.url}2022/oekonomiudvalget/omraader/beredskab/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, visible: document.activeElement?.getBoundingClientRect().top }));
    expect(focused.text).toBe('Gå til sidens indhold');
    expect(focused.visible).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('indhold');
  });

  it('lets the keyboard reach the wide table and scroll it', async () => {
    const page = await site.page({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/`);
    const region = page.getByRole('region', { name: /ydelsesmodtagere/ });
    await region.focus();
    const scrollable = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(scrollable).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // The browser may scroll smoothly, so the offset can arrive a frame or two after the key.
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  it('announces a heading by its own name and its anchor as a link to that section', async () => {
    const page = await site.page();
    await page.goto(`${site.server.url}2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/`);
    await expect(page.getByRole('heading', { name: 'Budgetgrundlag', exact: true }).count()).resolves.toBe(1);
    const anchor = page.getByRole('link', { name: 'Link til afsnittet: Budgetgrundlag', exact: true });
    await anchor.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#budgetgrundlag$/);
    // The contents list leads to the same place.
    const toc = page.getByRole('navigation', { name: 'Indhold på siden' });
    expect(await toc.getByRole('link').allTextContents()).toContain('Borgere uden for arbejdsstyrken');
  });
});
