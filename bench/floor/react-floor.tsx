/**
 * The React floor: the floor page's work (same requests, same text, same markup) done the way a React
 * app does it — fetches started as the script starts, each column a component with state, rendered by
 * React 19 into the DOM. Between the floor and Pouet, it shows what the framework alone costs.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { FloorColumn } from './floor-page';

interface Post {
  id: string;
  account: { acct: string };
  content: string;
}

declare global {
  interface Window {
    __floorColumns: FloorColumn[];
  }
}

const scratch = document.createElement('template');
const textOf = (html: string): string => {
  scratch.innerHTML = html;
  return scratch.content.textContent ?? '';
};

const pages = new Map(
  window.__floorColumns.map((column) => [
    column.id,
    fetch(column.url, { headers: { Authorization: `Bearer ${column.token}` } }).then(
      (response) => response.json() as Promise<Post[]>,
    ),
  ]),
);

function Column({ id }: { id: string }) {
  const [posts, setPosts] = useState<Post[]>([]);
  useEffect(() => {
    void pages.get(id)?.then(setPosts);
  }, [id]);
  return (
    <section data-column-id={id}>
      <div role="feed">
        {posts.map((post) => (
          <article key={post.id} data-key={`s:${post.id}`}>
            <b>{post.account.acct}</b>
            <p>{textOf(post.content)}</p>
          </article>
        ))}
      </div>
    </section>
  );
}

createRoot(document.body.appendChild(document.createElement('main'))).render(
  <>
    {window.__floorColumns.map((column) => (
      <Column key={column.id} id={column.id} />
    ))}
  </>,
);
