/**
 * At most `capacity` holders at once; others wait in arrival order for a bounded time. Per
 * process: each server instance protects its own share of Neo4j.
 */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: { grant: () => void }[] = [];

  constructor(readonly capacity: number) {}

  /** A release function once admitted, or null when `waitMs` passed first. Call the release exactly once. */
  acquire(waitMs: number): Promise<(() => void) | null> {
    if (this.running < this.capacity) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      const entry = {
        grant: () => {
          clearTimeout(timer);
          resolve(this.releaser());
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        resolve(null);
      }, waitMs);
      this.waiting.push(entry);
    });
  }

  /** A release function when a slot is free now, else null (nothing waits). */
  tryAcquire(): (() => void) | null {
    if (this.running >= this.capacity) return null;
    this.running += 1;
    return this.releaser();
  }

  get active(): number {
    return this.running;
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line: `running` stays the same.
      if (next) next.grant();
      else this.running -= 1;
    };
  }
}
