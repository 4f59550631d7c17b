/** Two bars, drawn rather than the ⏸ character, which many system fonts lack (it showed as a box). */
export function PauseIcon() {
  return (
    <svg viewBox="0 0 8 10" className="mr-1 inline-block h-2.5 w-2" aria-hidden>
      <rect x="0" y="0" width="3" height="10" rx="0.5" fill="currentColor" />
      <rect x="5" y="0" width="3" height="10" rx="0.5" fill="currentColor" />
    </svg>
  );
}
