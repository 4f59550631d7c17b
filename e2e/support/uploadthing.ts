/**
 * E2E_UPLOADTHING=1 runs the app with UploadThing as its storage driver, pointed at the local
 * stand-in of the service (lib/testing/uploadthing-stand-in.ts) that e2e/support/server.ts starts
 * on this port; specs that need it skip otherwise.
 */
export const UPLOADTHING_E2E = process.env.E2E_UPLOADTHING === "1";
export const UPLOADTHING_STAND_IN_PORT = 3290;
