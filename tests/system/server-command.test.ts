// The bench, the system tests and the e2e servers start the server with SERVER_COMMAND; the
// README commands and the production guide must start it the same way, or the benchmark
// measures a server nobody runs (decision 0022: the young-generation flag).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_COMMAND } from "../tools/spawn-server";

const line = `node ${SERVER_COMMAND.join(" ")}`;
const text = (path: string) => readFileSync(path, "utf8");

describe("every way to start the production server uses the same node flags", () => {
  it.each([
    ["npm start", JSON.parse(text("package.json")).scripts.start as string],
    ["npm run demo (tests/tools/demo.sh)", text("tests/tools/demo.sh")],
    ["docs/production.md (systemd ExecStart)", text("docs/production.md").match(/^ExecStart=.*$/m)?.[0] ?? ""],
  ])("%s", (_where, command) => {
    expect(command).toContain(line);
  });

  it("node accepts the flags and they cap the young generation (2 × 8 MB)", () => {
    const flags = SERVER_COMMAND.slice(0, -1);
    // Churn through short-lived objects until V8 has grown the new space as far as it may.
    const script = `let k=[];for(let i=0;i<3e6;i++){k.push({i});if(k.length>2e5)k=[]}
      const s=require("v8").getHeapSpaceStatistics().find((x)=>x.space_name==="new_space");process.stdout.write(String(s.space_size))`;
    const capped = Number(execFileSync("node", [...flags, "-e", script], { encoding: "utf8" }));
    const free = Number(execFileSync("node", ["-e", script], { encoding: "utf8" }));
    expect(capped).toBeLessThanOrEqual(16 * 1024 * 1024);
    expect(capped).toBeLessThan(free);
  });
});
