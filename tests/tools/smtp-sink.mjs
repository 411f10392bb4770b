// A real SMTP server on loopback for the end-to-end tests: it accepts every message and
// writes it, raw, to a folder (one .eml file each) for the tests to read.
// Usage: node tests/tools/smtp-sink.mjs <port> <folder>
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";

const [port = "2526", folder = ".data/e2e-mail"] = process.argv.slice(2);
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
let n = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", () => {
      const to = session.envelope.rcptTo.map((r) => r.address).join(",");
      writeFileSync(join(folder, `${Date.now()}-${++n}.eml`), `X-Envelope-To: ${to}\r\n${Buffer.concat(chunks).toString("utf8")}`);
      callback();
    });
  },
});
server.listen(Number(port), "127.0.0.1", () => console.log(`[smtp-sink] listening on 127.0.0.1:${port}, writing to ${folder}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
