import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Draws a menu at the document's root: a card inside a virtualised list sits in a transformed box, where
 * `position: fixed` would be relative to the list and clipped by its scrolling.
 */
export function StatusPopup({ children }: { children: ReactNode }) {
  return createPortal(children, document.body);
}
