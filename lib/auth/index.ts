import "server-only";
import NextAuth from "next-auth";
import { cache } from "react";
import { authConfig } from "./config";

const nextAuth = NextAuth(authConfig);

/** The signed-in session, read once per request. */
export const auth = cache(nextAuth.auth);
export const { handlers, signIn, signOut } = nextAuth;
