import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAnimate } from './motion';

function Avatar({ name }: { name: string }) {
  return <p>{`${name}: ${useAnimate() ? 'animated' : 'still'}`}</p>;
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

afterEach(() => delete document.documentElement.dataset['motion']);

describe('useAnimate', () => {
  it('stills every avatar when the reader asks for less motion, and animates them again after', async () => {
    const { unmount } = render(
      <>
        <Avatar name="a" />
        <Avatar name="b" />
      </>,
    );
    expect(screen.getByText('a: animated')).toBeTruthy();
    document.documentElement.dataset['motion'] = 'reduced';
    await settle();
    expect(screen.getByText('a: still')).toBeTruthy();
    expect(screen.getByText('b: still')).toBeTruthy();
    delete document.documentElement.dataset['motion'];
    await settle();
    expect(screen.getByText('b: animated')).toBeTruthy();
    unmount();
  });

  it('reads the setting afresh for a card mounted after the others went away', async () => {
    const first = render(<Avatar name="first" />);
    first.unmount();
    document.documentElement.dataset['motion'] = 'reduced';
    render(<Avatar name="later" />);
    expect(screen.getByText('later: still')).toBeTruthy();
  });
});
