/** "12 new posts": shown while new items are held above a reader who scrolled away; takes them to the top. */
export function TimelineNewPill({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="timeline-pill" onClick={onClick}>
      <svg
        width="14"
        height="14"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2.2}
        aria-hidden="true"
      >
        <path d="M12 19V5M5 12l7-7 7 7" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {label}
    </button>
  );
}
