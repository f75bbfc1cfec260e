export { type AppDeps, createApp, MAX_BATCH_SIZE, type Mountable } from "./app";
export { readEnv, type ServerConfig } from "./env";
export { type RunningServer, type StartOptions, startServer } from "./server";
