import { z } from 'astro/zod';

/**
 * A field that readers see as text (a title, a label, a name): something to show, not "" and not
 * only spaces. A blank title would reach the page as an empty heading, and the build would stop
 * late, naming the built page rather than the file and the field.
 */
export const Text = z.string().regex(/\S/, { message: 'expected text, not empty or only spaces' });
