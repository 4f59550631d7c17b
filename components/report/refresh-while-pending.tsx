"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the server page every few seconds while analyses are still running. */
export function RefreshWhilePending({ sessionId, pending }: { sessionId: string; pending: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!pending) return;
    const poll = async () => {
      const response = await fetch(`/api/sessions/${sessionId}/status`, { cache: "no-store" }).catch(() => null);
      if (!response?.ok) return;
      router.refresh();
      const status = (await response.json()) as { pending: boolean };
      if (!status.pending) clearInterval(timer);
    };
    const timer = setInterval(() => void poll(), 3000);
    return () => clearInterval(timer);
  }, [sessionId, pending, router]);
  return null;
}
