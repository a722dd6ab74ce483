import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FloorColumn } from './floor-page';

/** Pouet's deck as the browser holds it once the first screen is drawn, columns' feeds apart. */
export interface CapturedDeck {
  htmlAttributes: Record<string, string>;
  stylesheets: string[];
  /** The text of `<style>` elements in the head, if any. */
  styles: string[];
  /** `document.body`'s markup with every column's feed emptied. */
  body: string;
  /** Each column's feed markup (its rows), by column id. */
  feeds: Record<string, string>;
}

/** Runs in Pouet's page: its deck's markup, for the markup floor. */
export function captureDeck(): CapturedDeck {
  const htmlAttributes: Record<string, string> = {};
  for (const { name, value } of document.documentElement.attributes) htmlAttributes[name] = value;
  const stylesheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map(
    (link) => link.href,
  );
  const styles = [...document.head.querySelectorAll('style')].map((style) => style.textContent ?? '');
  // Only the rows on screen: rows drawn ahead of scrolling (overscan) would make the page heavier than the
  // screen it shows.
  const rowSelector = '[data-column-id] [role=feed] article[data-key]';
  const offScreen = [...document.querySelectorAll(rowSelector)].map((row) => {
    const column = row.closest('[data-column-id]')!.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    return box.top >= Math.min(column.bottom, window.innerHeight) || box.bottom <= column.top;
  });
  const body = document.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll(rowSelector).forEach((row, i) => offScreen[i] && row.remove());
  for (const script of body.querySelectorAll('script')) script.remove();
  const feeds: Record<string, string> = {};
  for (const column of body.querySelectorAll('[data-column-id]')) {
    const feed = column.querySelector('[role=feed]');
    if (!feed) continue;
    feeds[column.getAttribute('data-column-id')!] = feed.innerHTML;
    feed.replaceChildren();
  }
  return { htmlAttributes, stylesheets, styles, body: body.innerHTML, feeds };
}

/**
 * The markup floor: Pouet's own markup and stylesheets with none of its JavaScript. The page writes the
 * deck's frame, fetches the same first pages as the floor, and on each answer writes that column's on-screen
 * rows as Pouet drew them. Between it and Pouet lies the cost of producing that markup (the script's
 * download and evaluation, the host bridge, React, the app's logic); between it and the floor, the cost of
 * the markup itself (style, layout and paint; images are fetched, their decoding is not waited for).
 */
function markupFloorMain(columns: FloorColumn[], deck: CapturedDeck): void {
  for (const [name, value] of Object.entries(deck.htmlAttributes))
    document.documentElement.setAttribute(name, value);
  document.body.innerHTML = deck.body;
  for (const column of columns) {
    const feed = document.querySelector(`[data-column-id="${CSS.escape(column.id)}"] [role=feed]`);
    void fetch(column.url, { headers: { Authorization: `Bearer ${column.token}` } })
      .then((response) => response.json())
      .then(() => {
        if (feed) feed.innerHTML = deck.feeds[column.id] ?? '';
      });
  }
}

/** Writes `markup-floor.html` and its script next to the renderer build. */
export async function writeMarkupFloorPage(
  dir: string,
  columns: readonly FloorColumn[],
  deck: CapturedDeck,
): Promise<string> {
  const script =
    `globalThis.__name ??= (f) => f;\n` +
    `(${markupFloorMain.toString()})(${JSON.stringify(columns)}, ${JSON.stringify(deck)});\n`;
  await writeFile(join(dir, 'markup-floor.js'), script);
  const links =
    deck.stylesheets.map((href) => `<link rel="stylesheet" href="${new URL(href).pathname}">`).join('') +
    deck.styles.map((css) => `<style>${css}</style>`).join('');
  await writeFile(
    join(dir, 'markup-floor.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8"><title>Markup floor</title>' +
      `${links}<script type="module" src="./markup-floor.js"></script></head><body></body></html>\n`,
  );
  return 'markup-floor.html';
}
