const CHUNK_BYTES = 1024 * 1024;

/**
 * The shared-strings table of an .xlsx, kept compact: UTF-8 bytes in 1 MB buffers and three integer
 * arrays, instead of one JavaScript string per entry. A workbook of 300 000 customers has over a
 * million distinct texts; as strings they take hundreds of MB of garbage-collected heap.
 */
export class SharedStrings {
  private chunks: Buffer[] = [];
  private chunkOf = new Uint32Array(4096);
  private startOf = new Uint32Array(4096);
  private lengthOf = new Uint32Array(4096);
  private count = 0;
  private used = CHUNK_BYTES;

  get size(): number {
    return this.count;
  }

  add(text: string): void {
    const bytes = Buffer.byteLength(text, "utf8");
    if (this.used + bytes > CHUNK_BYTES || this.chunks.length === 0) {
      this.chunks.push(Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes)));
      this.used = 0;
    }
    if (this.count === this.chunkOf.length) this.grow();
    const chunk = this.chunks.length - 1;
    this.chunks[chunk]!.write(text, this.used, "utf8");
    this.chunkOf[this.count] = chunk;
    this.startOf[this.count] = this.used;
    this.lengthOf[this.count] = bytes;
    this.used += bytes;
    this.count++;
  }

  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    const start = this.startOf[index]!;
    return this.chunks[this.chunkOf[index]!]!.toString("utf8", start, start + this.lengthOf[index]!);
  }

  private grow(): void {
    const widen = (array: Uint32Array) => {
      const wider = new Uint32Array(array.length * 2);
      wider.set(array);
      return wider;
    };
    this.chunkOf = widen(this.chunkOf);
    this.startOf = widen(this.startOf);
    this.lengthOf = widen(this.lengthOf);
  }
}
