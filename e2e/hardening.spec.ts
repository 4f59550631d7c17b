import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/accounts";
import { startSession } from "./support/interview";
import { signUp, uniqueEmail } from "./support/sign-in";

/** A tiny but real WAV file (0.5 s of a 440 Hz tone), enough for the upload's content check. */
function toneWav(): Buffer {
  const rate = 16_000;
  const samples = rate / 2;
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), i * 2);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

test("malformed parameters are answered 4xx on admin pages and API routes, never 500", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: storageStatePath("ADMIN") });
  const candidate = await browser.newContext({ storageState: storageStatePath("CANDIDATE") });
  const adminPaths = [
    `/admin/users?q=${"x".repeat(101)}`,
    "/admin/users?page=0",
    "/admin/users?page=-3",
    "/admin/users?page=abc",
    "/admin/users?role=BOSS",
    "/admin/banks/%E2%80%8B-not-a-bank",
    "/admin/banks/does-not-exist",
    "/api/admin/banks/does-not-exist/export?format=zip",
    "/api/admin/banks/does-not-exist/export",
  ];
  for (const path of adminPaths) {
    const status = (await admin.request.get(path, { maxRedirects: 0 })).status();
    expect(status, path).toBeGreaterThanOrEqual(400);
    expect(status, path).toBeLessThan(500);
  }
  const candidateRequests: Array<[string, "GET" | "POST", string | Buffer | undefined]> = [
    ["/api/answers/not*an*id/media/audio", "GET", undefined],
    ["/api/answers/abc/media/pdf", "GET", undefined],
    ["/api/answers/abc/media/audio", "POST", Buffer.from("x")],
    ["/api/answers/abc/vision", "POST", "{not json"],
    ["/api/answers/abc/text", "POST", "{}"],
    ["/api/sessions/not*an*id/status", "GET", undefined],
    ["/api/sessions/not*an*id/details?answers=abc", "GET", undefined],
    ["/api/sessions/abc/details", "GET", undefined],
    ["/api/sessions/abc/details?answers=%00,", "GET", undefined],
    ["/sessions/does-not-exist", "GET", undefined],
    ["/sessions/does-not-exist/run?retake=%00", "GET", undefined],
  ];
  for (const [path, method, data] of candidateRequests) {
    const response = method === "GET" ? await candidate.request.get(path, { maxRedirects: 0 }) : await candidate.request.post(path, { data, maxRedirects: 0 });
    expect(response.status(), `${method} ${path}`).toBeGreaterThanOrEqual(400);
    expect(response.status(), `${method} ${path}`).toBeLessThan(500);
  }
  await Promise.all([admin.close(), candidate.close()]);
});

test("a server action posted from another site is refused with 403", async ({ request }) => {
  const response = await request.post("/sign-in", {
    headers: { "next-action": "0123456789abcdef", origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
});

test("pages carry a nonce-based Content-Security-Policy that their own scripts satisfy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const policy = response!.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("'strict-dynamic'");
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  // Interactive: the sign-in form's client code ran under the policy.
  await page.getByLabel("Email").fill("nobody@example.test");
  await page.getByLabel("Password").fill("wrong password here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  const second = await page.request.get("/sign-in");
  expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
  expect(violations).toEqual([]);
});

test("recordings: unsatisfiable ranges get 416; admins cannot open a candidate's report or media", async ({ page, browser }) => {
  await signUp(page, "Rhea Range", uniqueEmail("range"), "rhea's long password");
  await startSession(page, "Motivation and fit", 1, "AUDIO_ONLY");
  const reportUrl = page.url().replace(/\/run$/, "");
  await page.goto(reportUrl);
  const answerId = await page.getByTestId("answer-card").getAttribute("data-answer-id");
  const wav = toneWav();
  expect((await page.request.post(`/api/answers/${answerId}/media/audio`, { data: wav })).status()).toBe(201);

  const media = `/api/answers/${answerId}/media/audio`;
  const partial = await page.request.get(media, { headers: { range: "bytes=0-99" } });
  expect(partial.status()).toBe(206);
  const beyond = await page.request.get(media, { headers: { range: `bytes=${wav.length + 10}-` } });
  expect(beyond.status()).toBe(416);
  expect(beyond.headers()["content-range"]).toBe(`bytes */${wav.length}`);

  const admin = await browser.newContext({ storageState: storageStatePath("ADMIN") });
  expect((await admin.request.get(new URL(reportUrl).pathname, { maxRedirects: 0 })).status()).toBe(404);
  expect((await admin.request.get(media)).status()).toBe(404);
  await admin.close();
});
