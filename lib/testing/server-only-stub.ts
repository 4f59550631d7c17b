// Vitest runs server modules directly in Node; the real "server-only" package would throw there.
export {};
