import "server-only";

export { db, type Db } from "./prisma";
export * from "./generated/enums";
