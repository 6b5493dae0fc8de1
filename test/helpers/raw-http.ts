import net from 'node:net';

export interface RawAnswer {
  status: number;
  contentType: string | null;
  text: string;
}

/**
 * Sends `head` and then each of `parts` as written, over a plain socket to 127.0.0.1: requests
 * fetch cannot make (a body shorter than its Content-Length, chunks splitting a character).
 * `halfClose` ends our side after the last part. Resolves with the answer once the server closes
 * the connection, or null if it closed without answering; rejects after `timeoutMs`.
 */
export function rawRequest(port: number, head: string, parts: (string | Buffer)[], options: { halfClose?: boolean; timeoutMs?: number } = {}): Promise<RawAnswer | null> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no complete answer within ${options.timeoutMs ?? 10_000} ms; got: ${Buffer.concat(chunks).toString().slice(0, 300)}`));
    }, options.timeoutMs ?? 10_000);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    // The server's FIN: it answered (or will not); ours goes too, or a half-open socket never closes.
    socket.on('end', () => socket.end());
    socket.on('close', () => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks);
      resolve(raw.length === 0 ? null : parseAnswer(raw));
    });
    socket.on('connect', () => {
      socket.write(head);
      for (const part of parts) socket.write(part);
      if (options.halfClose) socket.end();
    });
  });
}

/** A request head with `Connection: close`, so the server closes once it answered. */
export function head(path: string, headers: Record<string, string | number>): string {
  const lines = Object.entries({ host: '127.0.0.1', connection: 'close', ...headers }).map(([k, v]) => `${k}: ${v}`);
  return `POST ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

/** One chunk of a chunked body; `chunk('')` ends it. */
export function chunk(data: string | Buffer): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  return Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`), bytes, Buffer.from('\r\n')]);
}

function parseAnswer(raw: Buffer): RawAnswer {
  const split = raw.indexOf('\r\n\r\n');
  const headText = raw.subarray(0, split).toString('latin1');
  let body = raw.subarray(split + 4);
  const [statusLine, ...headerLines] = headText.split('\r\n');
  const headers = new Map(headerLines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  if (headers.get('transfer-encoding') === 'chunked') body = dechunk(body);
  return { status: Number(statusLine!.split(' ')[1]), contentType: headers.get('content-type') ?? null, text: body.toString('utf8') };
}

function dechunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  for (let at = 0; ; ) {
    const eol = body.indexOf('\r\n', at);
    const size = Number.parseInt(body.subarray(at, eol).toString(), 16);
    if (!(size > 0)) return Buffer.concat(out);
    out.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}
