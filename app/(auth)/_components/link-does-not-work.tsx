import type { ReactNode } from "react";

/** What an e-mailed link's page shows when its token is unknown, used or expired. */
export function LinkDoesNotWork({ lifetime, children }: { lifetime: string; children: ReactNode }) {
  return (
    <>
      <h1 className="mb-2 text-lg font-semibold">This link does not work</h1>
      <p className="mb-4 text-sm text-muted">It has expired (links work for {lifetime}), was used already, or was not copied whole.</p>
      <p className="text-sm">{children}</p>
    </>
  );
}
