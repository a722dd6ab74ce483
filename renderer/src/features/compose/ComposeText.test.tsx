import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../i18n/i18n';
import { customEmojisQuery } from './compose.queries';
import { ComposeText } from './ComposeText';
import { newDraft } from './draft';

afterEach(cleanup);

function Composer() {
  const [draft, setDraft] = useState(() => newDraft('a1'));
  const textarea = useRef<HTMLTextAreaElement>(null);
  return (
    <ComposeText
      draft={draft}
      textarea={textarea}
      placeholder="What’s up?"
      onText={(text) => setDraft((d) => ({ ...d, text }))}
    />
  );
}

function renderComposer() {
  const client = new QueryClient();
  client.setQueryData(customEmojisQuery('a1').queryKey, [
    { shortcode: 'blobcat', url: 'https://x/b.gif', staticUrl: 'https://x/b.png', visibleInPicker: true },
  ]);
  render(
    <QueryClientProvider client={client}>
      <Composer />
    </QueryClientProvider>,
  );
  return screen.getByRole<HTMLTextAreaElement>('combobox');
}

/** Types `value` as the whole text, the caret at its end. */
function type(text: HTMLTextAreaElement, value: string) {
  fireEvent.change(text, { target: { value, selectionStart: value.length, selectionEnd: value.length } });
}

const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

describe('ComposeText', () => {
  it('puts the caret after a chosen suggestion at once, and keys typed right after stay after it', async () => {
    const text = renderComposer();
    text.focus();
    type(text, 'look :blobc');
    expect(await screen.findByRole('option', { name: ':blobcat:' })).toBeTruthy();

    fireEvent.keyDown(text, { key: 'Tab' });
    expect(text.value).toBe('look :blobcat: ');
    expect(text.selectionStart).toBe('look :blobcat: '.length);

    // The next keys arrive before the browser draws another frame (a busy machine, a fast typist).
    type(text, 'look :blobcat: #fe');
    await nextFrame();
    expect(text.selectionStart).toBe('look :blobcat: #fe'.length);
  });
});
