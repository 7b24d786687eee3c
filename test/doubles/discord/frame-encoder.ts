import { constants, createDeflate, deflateSync } from "node:zlib";
import type { WebSocket } from "ws";

/**
 * Writes gateway payloads to one socket in the encoding the client asked for: plain JSON text,
 * per-payload zlib (IDENTIFY `compress: true`), or one shared zlib stream with a sync flush per
 * payload (`?compress=zlib-stream`). Order is preserved in every mode.
 */
export class FrameEncoder {
  private stream: ReturnType<typeof createDeflate> | null = null;
  private chain: Promise<void> = Promise.resolve();
  payloadCompression = false;

  constructor(
    private readonly socket: WebSocket,
    zlibStream: boolean,
  ) {
    if (zlibStream) this.stream = createDeflate({ chunkSize: 65535 });
  }

  send(payload: unknown): void {
    const json = JSON.stringify(payload);
    const stream = this.stream;
    if (stream) {
      this.chain = this.chain.then(
        () =>
          new Promise<void>((resolve) => {
            stream.write(json);
            stream.flush(constants.Z_SYNC_FLUSH, () => {
              const chunks: Buffer[] = [];
              for (
                let chunk = stream.read() as Buffer | null;
                chunk !== null;
                chunk = stream.read() as Buffer | null
              ) {
                chunks.push(chunk);
              }
              this.write(Buffer.concat(chunks));
              resolve();
            });
          }),
      );
      return;
    }
    this.chain = this.chain.then(() => this.write(this.payloadCompression ? deflateSync(json) : json));
  }

  /** Runs after every payload queued so far has been written. */
  afterPending(action: () => void): void {
    this.chain = this.chain.then(action);
  }

  close(): void {
    this.stream?.destroy();
    this.stream = null;
  }

  private write(data: Buffer | string): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(data);
  }
}
