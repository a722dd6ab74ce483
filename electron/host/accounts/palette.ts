/**
 * Accent colours for accounts, readable as text and borders on both light and dark themes. A new account
 * takes the first colour no other account uses, so colours stay put when accounts are reordered or leave.
 */
export const accountPalette = [
  '#6364ff', // indigo
  '#e0565b', // coral
  '#2a9d8f', // teal
  '#e9a23b', // amber
  '#3b82c4', // blue
  '#c2569b', // orchid
  '#5c9e3f', // leaf
  '#9a6b4a', // cinnamon
] as const;

export function pickAccountColor(taken: readonly string[]): string {
  const used = new Set(taken.map((color) => color.toLowerCase()));
  return (
    accountPalette.find((color) => !used.has(color)) ?? accountPalette[taken.length % accountPalette.length]!
  );
}
