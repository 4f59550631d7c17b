import { StatusMessage } from "@/components/layout/status-message";

/** forbidden() is only called in the signed-in area (requirePageViewer), whose layout already has the <main>. */
export default function Forbidden() {
  return (
    <StatusMessage
      code={403}
      tone="error"
      title="You do not have access to this page"
      text="Your account's role does not allow it. If you think it should, ask an admin."
      landmark={false}
    />
  );
}
