import { createHash } from "node:crypto";
import type { Randomizer } from "@faker-js/faker";

/** 32-bit mixing of one integer (splitmix32 finalizer): spreads nearby seeds far apart. */
function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A small fast PRNG (sfc32) for faker. Faker's default Mersenne Twister costs ~25 µs per reseed;
 * we reseed once per customer, so at 1,000,000 customers that alone would be half a minute.
 */
export function seededRandomizer(): Randomizer {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  return {
    next,
    seed(seed: number | number[]) {
      const parts = Array.isArray(seed) ? seed : [seed];
      let h = 0x811c9dc5;
      for (const part of parts) h = mix32(h ^ mix32(Math.floor(part) | 0) ^ mix32(Math.floor(part / 4294967296) | 0));
      a = h;
      b = mix32(h + 1);
      c = mix32(h + 2);
      d = 1;
      for (let i = 0; i < 12; i++) next();
    },
  };
}

/**
 * A keyed bijection of [0, modulus) that looks random (a 4-round Feistel network with cycle walking):
 * distinct indexes give distinct numbers, which keeps phone, document and service numbers unique
 * without remembering the ones already handed out. Different keys give unrelated permutations.
 */
export function scramble(index: number, modulus: number, key: number): number {
  let bits = Math.max(2, Math.ceil(Math.log2(modulus)));
  if (bits % 2 === 1) bits++;
  const half = bits / 2;
  const size = 2 ** half;
  const mask = size - 1;
  let value = index % modulus;
  do {
    let left = Math.floor(value / size);
    let right = value % size;
    for (let round = 0; round < 4; round++) {
      const next = (left ^ (mix32(right ^ mix32(key + round)) & mask)) >>> 0;
      left = right;
      right = next;
    }
    value = left * size + right;
  } while (value >= modulus);
  return value;
}

function uuidBytes(namespace: string): Buffer {
  return Buffer.from(namespace.replaceAll("-", ""), "hex");
}

const namespaceCache = new Map<string, Buffer>();

/** A name-based UUID (version 5, RFC 9562): the same namespace and name always give the same id. */
export function deterministicUuid(namespace: string, name: string): string {
  let bytes = namespaceCache.get(namespace);
  if (!bytes) {
    bytes = uuidBytes(namespace);
    if (namespaceCache.size > 100) namespaceCache.clear();
    namespaceCache.set(namespace, bytes);
  }
  const hash = createHash("sha1").update(bytes).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString("hex", 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
