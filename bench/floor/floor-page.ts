import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One column of the floor page: the REST request Pouet makes for its first page. */
export interface FloorColumn {
  id: string;
  /** Absolute URL of the timeline, with `limit` as Pouet asks. */
  url: string;
  token: string;
}

/**
 * The floor: the least work that shows the same thing. A bare page with no framework fetches the same
 * timelines in parallel and writes each post's author and text into the DOM, marked up like Pouet's columns
 * (`[data-column-id]`, `[role=feed] article[data-key]`) so the same probe times it.
 */
function floorMain(columns: FloorColumn[]): void {
  const deck = document.createElement('main');
  document.body.append(deck);
  const scratch = document.createElement('template');
  for (const column of columns) {
    const section = document.createElement('section');
    section.dataset['columnId'] = column.id;
    const feed = document.createElement('div');
    feed.setAttribute('role', 'feed');
    section.append(feed);
    deck.append(section);
    void fetch(column.url, { headers: { Authorization: `Bearer ${column.token}` } })
      .then(
        (response) =>
          response.json() as Promise<{ id: string; account: { acct: string }; content: string }[]>,
      )
      .then((statuses) => {
        const fragment = document.createDocumentFragment();
        for (const status of statuses) {
          const article = document.createElement('article');
          article.dataset['key'] = `s:${status.id}`;
          const author = document.createElement('b');
          author.textContent = status.account.acct;
          scratch.innerHTML = status.content;
          const text = document.createElement('p');
          text.textContent = scratch.content.textContent;
          article.append(author, text);
          fragment.append(article);
        }
        feed.append(fragment);
      });
  }
}

/** Writes `floor.html` and its script next to the renderer build (same origin, same CSP as Pouet). */
export async function writeFloorPage(dir: string, columns: readonly FloorColumn[]): Promise<string> {
  const script = `globalThis.__name ??= (f) => f;\n(${floorMain.toString()})(${JSON.stringify(columns)});\n`;
  await writeFile(join(dir, 'floor.js'), script);
  await writeFile(
    join(dir, 'floor.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8"><title>Floor</title>' +
      '<script type="module" src="./floor.js"></script></head><body></body></html>\n',
  );
  return 'floor.html';
}

/** Where `buildRenderer` puts the React floor's bundle, inside the renderer build. */
export const reactFloorDir = 'react-floor';

/** Writes `react-floor.html` and its columns next to the renderer build (see react-floor.tsx). */
export async function writeReactFloorPage(dir: string, columns: readonly FloorColumn[]): Promise<string> {
  await writeFile(
    join(dir, 'react-floor-columns.js'),
    `window.__floorColumns = ${JSON.stringify(columns)};\n`,
  );
  await writeFile(
    join(dir, 'react-floor.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8"><title>React floor</title>' +
      '<script type="module" src="./react-floor-columns.js"></script>' +
      `<script type="module" src="./${reactFloorDir}/react-floor.js"></script></head><body></body></html>\n`,
  );
  return 'react-floor.html';
}
