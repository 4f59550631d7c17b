import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sendMail } from "./send";

// A real SMTP conversation with a local server (smtp-server, by nodemailer's authors), so the
// transport, the sender and the message as it goes over the wire are what a mail server sees.
const received: { from: string; to: string[]; data: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        data: Buffer.concat(chunks).toString("utf8"),
      });
      callback();
    });
  },
});
let url = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(resolve)));

describe("sendMail over SMTP", () => {
  it("delivers the message from MAIL_FROM to its one recipient, as plain text", async () => {
    const message = { to: "nia@example.test", subject: "Confirm your Rehearse account", text: "Open this link:\nhttp://rehearse.test/sign-up/confirm?token=abc" };
    expect(await sendMail(message, { smtpUrl: url, from: "Rehearse <no-reply@rehearse.test>" })).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: "no-reply@rehearse.test", to: ["nia@example.test"] });
    expect(received[0]!.data).toContain("Subject: Confirm your Rehearse account");
    expect(received[0]!.data).toContain("http://rehearse.test/sign-up/confirm?token=abc");
    expect(received[0]!.data).toMatch(/Content-Type: text\/plain/i);
  });

  it("says so in the log, and does not throw, when the server cannot be reached", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const message = { to: "nia@example.test", subject: "Choose a new Rehearse password", text: "..." };
    expect(await sendMail(message, { smtpUrl: "smtp://127.0.0.1:9", from: "Rehearse <no-reply@rehearse.test>" })).toBe(false);
    expect(String(log.mock.calls[0]?.[0])).toContain('Could not send "Choose a new Rehearse password" to nia@example.test');
    log.mockRestore();
  });
});
