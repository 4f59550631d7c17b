export const E2E_PORT = Number(process.env.E2E_PORT ?? 3200);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** Debian Chromium flags that keep a headless run offline and quiet. */
export function chromiumArgs(extra: string[] = []): string[] {
  return [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    ...extra,
  ];
}
