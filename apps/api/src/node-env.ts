// Imported first by main.ts, before anything loads React: the server renders with React's production build unless
// NODE_ENV says otherwise (`pnpm dev` sets development). The development build checks every element and keeps
// owner stacks, which made server-side rendering the largest single cost under load (tests/bench/soak.bench.ts).
process.env.NODE_ENV ??= "production";
