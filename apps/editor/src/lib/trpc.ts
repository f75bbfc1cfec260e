import type { AppRouter, RouterInputs, RouterOutputs } from "@gongkai/api";
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { uploadFetch } from "./upload-fetch";

// The router is a type-only import: no server code reaches the browser.
export type { RouterInputs, RouterOutputs };
export type WorkingReport = RouterOutputs["reports"]["get"];
export type Finding = RouterOutputs["checks"]["run"]["findings"][number];

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type Client = ReturnType<typeof makeClient>;

/**
 * Calls go to /trpc on the page's own origin, so the session cookie travels and the browser sends this site's
 * Origin (the server refuses mutations from elsewhere). An import travels alone (the server allows a larger body
 * on /trpc/imports.create only, and a batch would carry another path) and reports its upload progress.
 */
export function makeClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.path === "imports.create",
        true: httpLink({ url: "/trpc", fetch: uploadFetch }),
        false: httpBatchLink({ url: "/trpc", maxURLLength: 4000, maxItems: 50 }),
      }),
    ],
  });
}
