import Link from "next/link";
import type { Role } from "@/lib/db/generated/enums";

const LINKS: Record<Role, Array<{ href: string; label: string }>> = {
  CANDIDATE: [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/practice", label: "Practise" },
    { href: "/personality", label: "Personality" },
    { href: "/settings", label: "Privacy & settings" },
  ],
  COACH: [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/coach", label: "My candidates" },
    { href: "/settings", label: "Settings" },
  ],
  ADMIN: [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/admin", label: "Overview" },
    { href: "/admin/banks", label: "Question banks" },
    { href: "/admin/users", label: "Users" },
    { href: "/settings", label: "Settings" },
  ],
};

export function AppNav({
  role,
  name,
  unreadComments,
  signOutAction,
}: {
  role: Role;
  name: string;
  unreadComments: number;
  signOutAction: () => Promise<void>;
}) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-6 px-6 py-3">
        <Link href="/dashboard" className="font-semibold text-brand-700">
          Rehearse
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap gap-4 text-sm">
          {LINKS[role].map((link) => (
            <Link key={link.href} href={link.href} className="text-slate-700 hover:text-brand-700">
              {link.label}
              {link.href === "/dashboard" && unreadComments > 0 && (
                <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs text-white" data-testid="unread-comments" aria-label={`${unreadComments} unread coach comments`}>
                  {unreadComments}
                </span>
              )}
            </Link>
          ))}
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <span className="text-muted" data-testid="signed-in-as">
            {name} · {role.toLowerCase()}
          </span>
          <form action={signOutAction}>
            <button type="submit" className="text-brand-700 hover:underline">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
