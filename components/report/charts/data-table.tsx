import type { ReactNode } from "react";

/**
 * The text alternative of a chart: a table that screen readers read and sighted users do not see
 * (Tailwind's sr-only). Charts render their SVG with aria-hidden and put this next to it, with Recharts'
 * accessibilityLayer off: it makes the SVG focusable, and a focusable element inside aria-hidden is a tab stop
 * that announces nothing (axe: aria-hidden-focus).
 */
export function DataTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: ReactNode[][] }) {
  return (
    <table className="sr-only">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Small titled panel used by every chart so they line up in a grid. */
export function ChartPanel({ title, note, children, testId }: { title: string; note?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <figure className="space-y-2" data-testid={testId}>
      <figcaption>
        <span className="text-sm font-semibold">{title}</span>
        {note && <span className="block text-xs text-muted">{note}</span>}
      </figcaption>
      {children}
    </figure>
  );
}
