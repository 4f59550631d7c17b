/// <reference types="next" />
/// <reference types="next/image-types/global" />
// Static image imports (`import shot from "@/public/product/report.webp"`) need Next's image types. Next
// writes them into next-env.d.ts, which is git-ignored and only exists after a build or `next dev`, so a
// fresh clone's `npm run typecheck` reads them from here.
