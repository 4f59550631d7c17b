import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { userSearchSchema } from "@/lib/schemas/users";
import { listCoaches, searchUsers } from "@/lib/users/admin-users";
import { countOf } from "@/lib/users/person-label";
import { unassignCoachAction } from "./actions";
import { AssignCoachControl, RoleControl } from "./_components/user-controls";
import { parsePageInput } from "@/lib/http/page";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Users" };


export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requirePageViewer("ADMIN");
  const query = parsePageInput(userSearchSchema, await searchParams);
  const [{ users, total, page, pageCount }, coaches] = await Promise.all([searchUsers(viewer, query), listCoaches(viewer)]);
  const pageLink = (target: number) => `/admin/users?${new URLSearchParams({ q: query.q, role: query.role ?? "", page: String(target) })}`;

  return (
    <>
      <PageHeader title="Users" description={`${countOf(total, "user")}. New sign-ups are candidates; change roles and assign coaches here.`} />
      <form className="mb-4 flex flex-wrap gap-2" role="search">
        <input name="q" defaultValue={query.q} placeholder="Search name or email" aria-label="Search users" className="rounded-lg border border-slate-300 px-3 py-2 text-sm" />
        <select name="role" defaultValue={query.role ?? ""} aria-label="Filter by role" className="rounded-lg border border-slate-300 px-3 py-2 text-sm">
          <option value="">All roles</option>
          <option value="CANDIDATE">Candidates</option>
          <option value="COACH">Coaches</option>
          <option value="ADMIN">Admins</option>
        </select>
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm text-white">Search</button>
      </form>
      <Card className="overflow-x-auto p-0">
        <table className="w-full text-left text-sm" aria-label="Users">
          <thead className="border-b border-slate-200 text-muted">
            <tr>
              <th className="px-4 py-2 font-medium">User</th>
              <th className="px-4 py-2 font-medium">Role</th>
              <th className="px-4 py-2 font-medium">Coaches</th>
              <th className="px-4 py-2 font-medium">Joined</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-slate-100 align-top last:border-0">
                <td className="px-4 py-2">
                  <div className="font-medium">{user.name}</div>
                  <div className="text-muted">{user.email}</div>
                </td>
                <td className="px-4 py-2"><RoleControl userId={user.id} role={user.role} name={user.name} /></td>
                <td className="space-y-1 px-4 py-2">
                  {user.role === "CANDIDATE" ? (
                    <>
                      {user.coachedBy.map(({ coach }) => (
                        <div key={coach.id} className="flex items-center gap-2">
                          <span>{coach.name}</span>
                          <ActionButton action={unassignCoachAction} fields={{ coachId: coach.id, candidateId: user.id }} variant="ghost">Remove</ActionButton>
                        </div>
                      ))}
                      {!user.shareWithCoaches && user.coachedBy.length > 0 && <div className="text-xs text-muted">Not sharing with coaches</div>}
                      <AssignCoachControl candidateId={user.id} name={user.name} coaches={coaches.filter((coach) => !user.coachedBy.some((c) => c.coach.id === coach.id))} />
                    </>
                  ) : user.role === "COACH" ? (
                    <span className="text-muted">{countOf(user._count.coaching, "candidate")}</span>
                  ) : null}
                </td>
                <td className="px-4 py-2 text-muted">{formatDate(user.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {pageCount > 1 && (
        <nav className="mt-4 flex gap-4 text-sm" aria-label="Pages">
          {page > 1 && <Link href={pageLink(page - 1)} className="text-brand-700 underline">Previous</Link>}
          <span className="text-muted">Page {page} of {pageCount}</span>
          {page < pageCount && <Link href={pageLink(page + 1)} className="text-brand-700 underline">Next</Link>}
        </nav>
      )}
    </>
  );
}
