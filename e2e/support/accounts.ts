import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed-data";

export type DemoRole = (typeof DEMO_ACCOUNTS)[number]["role"];

export function demoAccount(role: DemoRole) {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return { ...account, password: DEMO_PASSWORD };
}

export const storageStatePath = (role: DemoRole) => `e2e/.auth/${role.toLowerCase()}.json`;
