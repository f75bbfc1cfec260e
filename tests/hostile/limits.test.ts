import { createServices } from "@gongkai/api";
import { describeEachEngine } from "@gongkai/db/testing";
import { createApp, MAX_BATCH_SIZE } from "@gongkai/server";
import type { Hono } from "hono";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildFixture, createTestApi, type Fixture } from "./support/world";

/*
 * Size limits, tested at and just over each: the JSON body of an ordinary call, the body of an upload, the file
 * inside it, a body streamed without a length; batches of calls; and concurrent sign-in attempts, which must not
 * slip past the limit by all being checked before any of them has failed.
 */

const SITE = "http://localhost";
const MAX_BODY = 64 * 1024;
const MAX_UPLOAD = 48 * 1024;
const fromAddress = (address: string) => ({
  incoming: { socket: { remoteAddress: address, remoteFamily: "IPv4" } },
});

interface Answer {
  status: number;
  code: string | undefined;
}

describeEachEngine("limits", (engine) => {
  let fixture: Fixture;
  let app: Hono;
  let closeApi: () => Promise<void>;

  beforeAll(async () => {
    const api = await createTestApi(engine);
    closeApi = api.close;
    fixture = await buildFixture(api);
    api.services = createServices({
      db: api.store.db,
      engine,
      now: api.clock.now,
      maxUploadBytes: MAX_UPLOAD,
    });
    fixture = await buildFixture(api);
    app = createApp({ services: api.services, maxBodyBytes: MAX_BODY });
  });
  afterAll(() => closeApi());

  const post = async (
    path: string,
    body: BodyInit,
    headers: Record<string, string> = {},
    env: object = fromAddress("192.0.2.1"),
  ): Promise<Answer> => {
    const res = await app.request(
      `/trpc/${path}`,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: SITE,
          cookie: `gongkai_session=${fixture.tokens.admin}`,
          ...headers,
        },
        body,
        ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
      } as RequestInit,
      env,
    );
    const json = (await res.json()) as { code?: string; error?: { data?: { app?: { code?: string } } } };
    return { status: res.status, code: json.error?.data?.app?.code ?? json.code };
  };

  /** A comment body whose whole request is exactly `bytes` long. */
  const commentOfSize = (bytes: number) => {
    const envelope = JSON.stringify({ reportId: fixture.draftA, sectionId: null, body: "" });
    return envelope.replace('"body":""', `"body":"${"x".repeat(bytes - envelope.length)}"`);
  };

  it("takes an ordinary call's body at the limit and refuses one byte more with 413", async () => {
    const at = commentOfSize(MAX_BODY);
    expect(Buffer.byteLength(at)).toBe(MAX_BODY);
    const atLimit = await post("comments.add", at);
    // Under the size limit the body is read: this one is refused for its content (a comment's length), not size.
    expect(atLimit).toEqual({ status: 400, code: "VALIDATION" });
    expect(await post("comments.add", commentOfSize(MAX_BODY + 1))).toEqual({
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
    });
  });

  it("refuses a body streamed without a length once it passes the limit", async () => {
    const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Stops by itself well past the limit, in case the server kept reading.
        if (sent > MAX_BODY * 4) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    expect(await post("comments.add", stream)).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE" });
  });

  it("takes an upload at the file size limit and refuses one byte more", async () => {
    const line = "全镇完成财政收入100万元，同比增长5%。\n";
    const file = (bytes: number) => {
      const head = Buffer.from("样本镇2024年政府工作报告\n一、2024年工作回顾\n");
      const out = Buffer.alloc(bytes, " ");
      head.copy(out);
      let at = head.length;
      const l = Buffer.from(line);
      while (at + l.length <= bytes) at += l.copy(out, at);
      return out;
    };
    const upload = (bytes: number) =>
      post(
        "imports.create",
        JSON.stringify({ fileName: "报告.txt", contentBase64: file(bytes).toString("base64") }),
      );
    const atLimit = await upload(MAX_UPLOAD);
    expect(atLimit.status).toBe(200);
    expect(await upload(MAX_UPLOAD + 1)).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    // Pasted text is counted the same way.
    const pasted = await post(
      "imports.create",
      JSON.stringify({ fileName: "粘贴.txt", text: file(MAX_UPLOAD + 1).toString("utf8") }),
    );
    expect(pasted).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE" });
  });

  it("refuses an upload body past its own limit before reading it all", async () => {
    const huge = JSON.stringify({
      fileName: "a.txt",
      contentBase64: "A".repeat(Math.ceil(MAX_UPLOAD * 1.4) + 70_000),
    });
    expect(await post("imports.create", huge)).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE" });
  });

  it("refuses a batch of more calls than a client needs", async () => {
    const n = MAX_BATCH_SIZE + 1;
    const paths = new Array(n).fill("public.indicators").join(",");
    const input = encodeURIComponent(
      JSON.stringify(Object.fromEntries(new Array(n).fill(0).map((_, i) => [i, {}]))),
    );
    const res = await app.request(`/trpc/${paths}?batch=1&input=${input}`);
    expect(res.status).toBe(400);
    const small = await app.request(
      `/trpc/public.indicators,public.directory?batch=1&input=${encodeURIComponent('{"0":{},"1":{}}')}`,
    );
    expect(small.status).toBe(200);
  });

  it("counts concurrent sign-in attempts before checking passwords, so a burst cannot pass the limit", async () => {
    fixture = await buildFixture(fixture.api);
    const from = fromAddress("203.0.113.99");
    const burst = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        post(
          "auth.login",
          JSON.stringify({ email: `nobody${i}@example.org`, password: "wrong-password" }),
          {},
          from,
        ),
      ),
    );
    const checked = burst.filter((a) => a.code === "INVALID_CREDENTIALS").length;
    const limited = burst.filter((a) => a.code === "RATE_LIMITED").length;
    expect(checked).toBeLessThanOrEqual(20);
    expect(checked + limited).toBe(60);
    // Batching the attempts into one request is no way around it either.
    const paths = new Array(30).fill("auth.login").join(",");
    const body = Object.fromEntries(
      new Array(30).fill(0).map((_, i) => [i, { email: `x${i}@example.org`, password: "wrong-password" }]),
    );
    const res = await app.request(
      `/trpc/${paths}?batch=1`,
      {
        method: "POST",
        headers: { "content-type": "application/json", origin: SITE },
        body: JSON.stringify(body),
      },
      fromAddress("203.0.113.100"),
    );
    const answers = (await res.json()) as Array<{ error?: { data?: { app?: { code?: string } } } }>;
    expect(
      answers.filter((a) => a.error?.data?.app?.code === "INVALID_CREDENTIALS").length,
    ).toBeLessThanOrEqual(20);
  });
});
