// Every internal URL goes through here so the site works under any `base` (e.g. /budget/).

/** Prefixes a site-relative path with the configured base: "omraader/x/" → "/budget/omraader/x/". */
export function pathWithBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** URL of a budget area's page. */
export function areaPath(id: string, base?: string): string {
  return pathWithBase(`omraader/${id}/`, base);
}
