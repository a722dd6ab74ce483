import { act, render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import { useTranslation } from './use-translation';

function Votes({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <p>
      {t('status.edited')} · {t('status.pollVotes', { count })}
    </p>
  );
}

describe('useTranslation', () => {
  beforeAll(() => i18n.changeLanguage('en'));
  afterAll(() => i18n.changeLanguage('en'));

  it('gives the catalog strings, plurals by count, the same on a second render', () => {
    const { rerender } = render(<Votes count={1} />);
    expect(screen.getByText('Edited · 1 vote')).toBeTruthy();
    rerender(<Votes count={3} />);
    expect(screen.getByText('Edited · 3 votes')).toBeTruthy();
    rerender(<Votes count={1} />);
    expect(screen.getByText('Edited · 1 vote')).toBeTruthy();
  });

  it('re-renders in the new language when the language changes, not with remembered English', async () => {
    render(<Votes count={2} />);
    expect(screen.getByText('Edited · 2 votes')).toBeTruthy();
    await act(() => i18n.changeLanguage('fr'));
    expect(
      screen.getByText(`${i18n.t('status.edited')} · ${i18n.t('status.pollVotes', { count: 2 })}`),
    ).toBeTruthy();
    expect(i18n.t('status.edited')).not.toBe('Edited');
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByText('Edited · 2 votes')).toBeTruthy();
  });

  it('answers calls with names or times afresh', () => {
    function Thread({ time }: { time: string }) {
      const { t } = useTranslation();
      return <p>{t('status.openThread', { time })}</p>;
    }
    const { rerender } = render(<Thread time="10:00" />);
    expect(screen.getByText(i18n.t('status.openThread', { time: '10:00' }))).toBeTruthy();
    rerender(<Thread time="11:30" />);
    expect(screen.getByText(i18n.t('status.openThread', { time: '11:30' }))).toBeTruthy();
  });

  it('passes calls it cannot remember (objects in options) to i18next unchanged', () => {
    function Probe({ count }: { count: number }) {
      const { t } = useTranslation();
      return <p>{String(t('status.pollVotes', { count, extra: { nested: true } } as never))}</p>;
    }
    const { rerender } = render(<Probe count={4} />);
    expect(screen.getByText('4 votes')).toBeTruthy();
    rerender(<Probe count={1} />);
    expect(screen.getByText('1 vote')).toBeTruthy();
  });
});
