import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("gives the documented defaults for an empty environment", () => {
    const c = readEnv({}, "/srv/gongkai");
    expect(c).toMatchObject({
      port: 3000,
      dataDir: "/srv/gongkai/data",
      databaseUrl: null,
      publicUrl: null,
      trustProxy: false,
      seedSamples: true,
      maxUploadBytes: 20 * 1024 * 1024,
      indexNumberRule: { template: "{org}/{year}-{seq:5}" },
    });
  });

  it("takes the deployment's 索引号 rule", () => {
    expect(readEnv({ INDEX_NUMBER_TEMPLATE: "{org}-{category}-{year}-{seq:4}" }).indexNumberRule).toEqual({
      template: "{org}-{category}-{year}-{seq:4}",
    });
  });

  it("stops on a bad value, naming the variable", () => {
    expect(() => readEnv({ INDEX_NUMBER_TEMPLATE: "{org}/{year}" })).toThrow(/INDEX_NUMBER_TEMPLATE/);
    expect(() => readEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => readEnv({ PUBLIC_URL: "not a url" })).toThrow(/PUBLIC_URL/);
  });
});
