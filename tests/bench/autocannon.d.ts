// The slice of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  type Result = {
    requests: { average: number };
    throughput: { average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  type Instance = PromiseLike<Result> & {
    on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  };
  export default function autocannon(options: Record<string, unknown>): Instance;
}
