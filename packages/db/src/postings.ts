/**
 * The documents (by slot number) that hold one lexeme: a sorted list while the lexeme is rare, a bitset once a list
 * would be larger than a bit per document. Slots only ever grow while documents are added, so appending keeps a
 * list sorted; `remap` renumbers them when the index is compacted.
 */
export class Postings {
  private list: Uint32Array = new Uint32Array(2);
  private bits: Uint32Array | null = null;
  /** How many documents hold the lexeme. */
  size = 0;

  add(slot: number): void {
    if (this.bits) {
      const word = slot >>> 5;
      if (word >= this.bits.length) this.bits = grown(this.bits, word + 1);
      const mask = 1 << (slot & 31);
      const value = this.bits[word] ?? 0;
      if (!(value & mask)) {
        this.bits[word] = value | mask;
        this.size++;
      }
      return;
    }
    if (this.size && this.list[this.size - 1]! >= slot) {
      if (this.has(slot)) return;
      throw new Error(`postings take slots in ascending order (${slot} after ${this.list[this.size - 1]})`);
    }
    if (this.size === this.list.length) this.list = grown(this.list, this.size * 2);
    this.list[this.size++] = slot;
  }

  has(slot: number): boolean {
    if (this.bits) {
      const word = slot >>> 5;
      return word < this.bits.length && (this.bits[word]! & (1 << (slot & 31))) !== 0;
    }
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.list[mid]!;
      if (v === slot) return true;
      if (v < slot) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Calls `fn` with every slot, in ascending order. */
  forEach(fn: (slot: number) => void): void {
    if (!this.bits) {
      for (let i = 0; i < this.size; i++) fn(this.list[i]!);
      return;
    }
    for (let w = 0; w < this.bits.length; w++) {
      let word = this.bits[w]!;
      while (word) {
        const low = word & -word;
        fn((w << 5) + 31 - Math.clz32(low));
        word ^= low;
      }
    }
  }

  /**
   * Picks the smaller form for `slots` documents: a bitset costs `slots / 8` bytes, a list four bytes a document.
   * Called after a bulk load, when the number of documents is known.
   */
  seal(slots: number): void {
    if (!this.bits && this.size * 32 > slots) {
      const last = this.size ? (this.list[this.size - 1] ?? 0) : 0;
      const bits = new Uint32Array(Math.max(slots + 31, last + 32) >>> 5);
      for (let i = 0; i < this.size; i++) {
        const slot = this.list[i] ?? 0;
        bits[slot >>> 5] = (bits[slot >>> 5] ?? 0) | (1 << (slot & 31));
      }
      this.bits = bits;
      this.list = new Uint32Array(0);
    } else if (!this.bits && this.list.length > this.size) {
      this.list = this.list.slice(0, this.size);
    }
  }

  /** Renumbers the slots (`to[slot]`, −1 for a removed document); the order of the others is kept. */
  remap(to: Int32Array, slots: number): void {
    const kept: number[] = [];
    this.forEach((slot) => {
      const next = to[slot] ?? -1;
      if (next >= 0) kept.push(next);
    });
    this.bits = null;
    this.list = Uint32Array.from(kept);
    this.size = kept.length;
    this.seal(slots);
  }

  /** Bytes held, for the index's own accounting. */
  get bytes(): number {
    return (this.bits ?? this.list).byteLength;
  }
}

function grown(from: Uint32Array, length: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(Math.max(length, from.length * 2, 2));
  next.set(from);
  return next;
}
