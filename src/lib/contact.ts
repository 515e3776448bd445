// The footer's contact line for questions about the budget, shown only when the municipality
// has set an address ("contact" in content/site.json).
import type { SiteSettings } from './schemas/site.ts';

/** The contact link for budget questions: a mailto: or https link with the text to show, or undefined when none is set. */
export function budgetContact(settings: Pick<SiteSettings, 'contact'>): { href: string; text: string } | undefined {
  const address = settings.contact;
  if (!address) return undefined;
  if (address.startsWith('https://')) return { href: address, text: address.replace(/^https:\/\//, '').replace(/\/$/, '') };
  return { href: `mailto:${address}`, text: address };
}
