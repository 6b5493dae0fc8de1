/**
 * Whether Neo4j answered lately, shared by every Executor of a driver. Once a query finds Neo4j
 * unreachable, the next ones fail at once instead of each waiting out connect timeouts and the
 * driver's retries (30–60 s per request before); a probe every `intervalMs` notices when it is back,
 * so recovery needs no restart.
 */
export class DatabaseHealth {
  private downSince: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private probing = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly intervalMs = 1_000,
  ) {}

  get up(): boolean {
    return this.downSince === null;
  }

  markDown(): void {
    if (this.downSince !== null) return;
    this.downSince = Date.now();
    this.timer = setInterval(() => void this.check(), this.intervalMs);
    // A process with nothing else to do may exit: the probe is no reason to stay.
    this.timer.unref();
  }

  markUp(): void {
    this.downSince = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async check(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      await this.probe();
      this.markUp();
    } catch {
      // still down: the next tick tries again
    } finally {
      this.probing = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
