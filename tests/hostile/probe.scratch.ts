import { callerFor, createTestApi, seedWorld } from "@gongkai/api/testing";
import { createApp } from "@gongkai/server";

const api = await createTestApi("pglite");
const world = await seedWorld(api.services);
const app = createApp({ services: api.services });
const editor = callerFor(api.services, world.actors.editorA);
const created = await editor.reports.create({
  townshipId: world.townshipA,
  kind: "government_work_report",
  year: 2024,
});
const login = await app.request("/trpc/auth.login", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(world.passwords.admin),
});
const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
const post = async (path: string, body: string, extra: Record<string, string> = {}) => {
  const r = await app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, ...extra },
    body,
  });
  const t = await r.text();
  console.log(r.status, path, body.slice(0, 80), "=>", t.slice(0, 300));
};
const get = async (path: string, headers: Record<string, string> = {}) => {
  const r = await app.request(path, { headers: { cookie, ...headers } });
  const t = await r.text();
  console.log(r.status, path.slice(0, 100), "=>", t.slice(0, 200));
};
const rid = created.reportId;
await post("/trpc/versions.get", "x");
await get(
  `/trpc/versions.get?input=${encodeURIComponent(JSON.stringify({ reportId: rid, version: 2 ** 40 }))}`,
);
await get(
  `/trpc/versions.diff?input=${encodeURIComponent(JSON.stringify({ reportId: rid, from: 1, to: 2 ** 40 }))}`,
);
await get(
  `/trpc/public.report?input=${encodeURIComponent(JSON.stringify({ reportId: rid, version: 2 ** 40 }))}`,
);
await get(`/trpc/audit.list?input=${encodeURIComponent(JSON.stringify({ beforeId: 2 ** 40 }))}`);
await get(
  `/trpc/audit.forReport?input=${encodeURIComponent(JSON.stringify({ reportId: rid, beforeId: 2 ** 53 }))}`,
);
await post(
  "/trpc/reports.updateMeta",
  JSON.stringify({ reportId: rid, baseVersion: 2 ** 40, patch: { title: "x" } }),
);
await post(
  "/trpc/reports.updateMeta",
  JSON.stringify({ reportId: rid, baseVersion: 1, patch: { title: "a\u0000b" } }),
);
await post("/trpc/comments.add", JSON.stringify({ reportId: rid, sectionId: null, body: "a\u0000b" }));
await post("/trpc/comments.add", JSON.stringify({ reportId: rid, sectionId: null, body: "a\ud800b" }));
await post(
  "/trpc/reports.create",
  JSON.stringify({ townshipId: world.townshipA, kind: "work_summary", year: 2020, title: "\u0000" }),
);
await post(
  "/trpc/places.create",
  JSON.stringify({ level: "township", name: "x\u0000", parentId: world.countyA }),
);
await post(
  "/trpc/users.create",
  JSON.stringify({ email: "a@b.cd", name: "\u0000", password: "xxxxxxxxxxxx" }),
);
await post("/trpc/imports.create", JSON.stringify({ fileName: "a\u0000.txt", text: "x" }));
await post("/trpc/imports.create", JSON.stringify({ fileName: "a.txt", text: "望京镇\u0000" }));
await post("/trpc/auth.login", JSON.stringify({ email: "a\u0000@b.c", password: "x" }));
await post(
  "/trpc/sections.move",
  JSON.stringify({
    reportId: rid,
    baseVersion: 1,
    sectionId: created.report.sections[0]!.id,
    toIndex: 2 ** 40,
  }),
);
await post(
  "/trpc/sections.split",
  JSON.stringify({ reportId: rid, baseVersion: 1, sectionId: created.report.sections[0]!.id, at: 2 ** 40 }),
);
await post("/trpc/auth.login", "1e999");
await post("/trpc/auth.login", '{"email":"a@b.c","password":"x","__proto__":{"x":1}}');
await post("/trpc/auth.login", "[".repeat(100000));
await post("/trpc/public.directory,public.indicators?batch=1", '{"0":{},"1":{}}');
await post("/trpc/auth.login", '{"email": "\\ud800@b.c", "password": "x"}');
await get("/api/v1/reports/%00");
await get("/api/v1/reports/%E0%A4%A");
await get("/api/v1/reports?page=1e999");
await get("/api/v1/search?q=%00");
await get("/api/v1/search?q=" + "a".repeat(100));
await get("/api/v1/search?q=%F0%9F");
await get("/api/v1/indicators/%00/series?township=" + encodeURIComponent("\u0000,b"));
await get("/api/v1/reports?year=2020&year=2021");
await get("/api/v1/reports?township=%00");
await get("/api/v1/promises?township=%00");
await get("/feed.xml", { host: "evil.example" });
await get("/api/v1/reports", { host: "evil.example" });
await get("/api/v1/reports");
await api.close();
