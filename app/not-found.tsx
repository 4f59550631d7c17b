import { StatusMessage } from "@/components/layout/status-message";

/** Addresses that match no page: rendered in the bare root layout, so this is the main landmark. */
export default function NotFound() {
  return <StatusMessage code={404} title="Nothing here" text="It does not exist, or it is not yours to see." landmark />;
}
