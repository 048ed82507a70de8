import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    globalSetup: ["test/support/global-setup.ts"],
    pool: "forks",
    // Two cores: two test files at a time, each on its own cloned database.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // CLI tests spawn the product (tsx compiles it at each start): on a loaded 2-core machine one start
    // alone has taken 9 s, so a few spawns need more than 30 s. A timeout is a hang guard, not a measure.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
