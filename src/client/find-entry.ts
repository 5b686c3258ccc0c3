/**
 * On the pages across notes: a link to a row (`#<note>--<id>`) that this page no longer holds, because the
 * lists were cut into pages or the row moved to another page as notes were added, goes on to where the row is
 * now. The note's open data says where: its date or figure's own address is its row.
 */
const hash = decodeURIComponent(location.hash.slice(1));
const [slug, id] = hash.split('--');

async function findEntry(): Promise<void> {
  const base = document.querySelector<HTMLAnchorElement>('a.site-name')?.href ?? `${location.origin}/`;
  const response = await fetch(`${base}notes/${slug}/annotations.jsonld`);
  if (!response.ok) return;
  const collection = (await response.json()) as {
    first?: { items?: Array<{ id: string; body?: Array<{ id?: string }> }> };
  };
  const item = collection.first?.items?.find((each) => each.id.endsWith(`#${id}`));
  const row = item?.body?.find((body) => body.id?.endsWith(`#${hash}`))?.id;
  if (row && new URL(row).pathname !== location.pathname) location.replace(new URL(row).pathname + location.hash);
}

if (slug && id && !document.getElementById(hash)) void findEntry();

export {};
