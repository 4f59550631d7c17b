/**
 * Who is on the other end of a request. The socket's peer is the only address a client cannot
 * choose; X-Forwarded-For is believed only for the last `trustedHops` entries, each added by
 * one of our own reverse proxies (rightmost first). scripts/serve.ts computes this once per
 * request and passes it to the app in CLIENT_IP_HEADER, overwriting anything the client sent.
 */
export const CLIENT_IP_HEADER = "x-rehearse-client-ip";

export function clientIpFrom(socketAddress: string | undefined, forwardedFor: string | undefined, trustedHops: number): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  chain.push(socketAddress || "unknown");
  // chain[last] is our peer; each trusted hop vouches for the entry to its left.
  const index = Math.max(0, chain.length - 1 - trustedHops);
  return normaliseIp(chain[index]!);
}

/** "::ffff:203.0.113.9" and "203.0.113.9" are one client. */
function normaliseIp(ip: string): string {
  return ip.startsWith("::ffff:") && ip.includes(".") ? ip.slice("::ffff:".length) : ip;
}
