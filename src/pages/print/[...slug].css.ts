// One print stylesheet per page, with that page's footer: site, document, page title, page number.
// The titles are the pages' h1s; tests/site/print.test.ts checks that they match.
import type { APIRoute, GetStaticPaths } from 'astro';
import { da } from '../../i18n/da.ts';
import { getAreas } from '../../lib/content.ts';
import { documentFacts as doc } from '../../lib/document.ts';
import { footerStylesheet, type PrintSection } from '../../lib/print.ts';

// A type, not an interface: Astro's props need an index signature, which only type aliases infer.
type Props = {
  title: string;
  sections?: PrintSection[];
};

export const getStaticPaths = (async () => {
  const areas = await getAreas();
  const page = (slug: string, props: Props) => ({ params: { slug }, props });
  return [
    page('index', { title: doc.title }),
    page('404', { title: da.notFound.title }),
    page('udskriv', { title: doc.title, sections: areas.map((area) => ({ id: area.id, title: area.data.title })) }),
    ...areas.map((area) => page(`omraader/${area.id}`, { title: area.data.title })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) => {
  const footer = {
    document: `${da.siteName} · ${doc.municipality} · ${doc.stage} ${doc.budgetYear}`,
    title: props.title,
    pageNumber: da.print.pageNumber,
  };
  return new Response(footerStylesheet(footer, props.sections), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
