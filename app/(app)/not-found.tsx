import { StatusMessage } from "@/components/layout/status-message";

/** notFound() from a signed-in page: inside the signed-in layout's <main>. */
export default function SignedInNotFound() {
  return <StatusMessage code={404} title="Nothing here" text="It does not exist, or it is not yours to see." landmark={false} />;
}
