// Printed by `npm start` just before the server starts: where to go and how to sign in.
// The accounts mirror prisma/seed-data.ts (DEMO_ACCOUNTS, DEMO_PASSWORD).
const port = process.env.PORT ?? "3000";
const database = process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${process.env.PGLITE_DIR ?? "./data/pglite"}`;
console.log(`
  Rehearse is starting on http://localhost:${port}  (database: ${database})

  Demo accounts (password: rehearse-demo)
    candidate@rehearse.local   candidate, shares with the demo coach
    coach@rehearse.local       coach
    admin@rehearse.local       admin
`);
