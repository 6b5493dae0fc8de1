// The part of autocannon's programmatic API that run.ts uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram { average: number; p50: number; p99: number; total: number }
  interface Request { method: string; path: string; headers?: Record<string, string>; body?: string; onResponse?: (status: number, body: string) => void }
  interface Options { url: string; connections: number; duration: number; timeout?: number; requests?: Request[] }
  interface Result { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
