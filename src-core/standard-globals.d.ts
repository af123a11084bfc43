// src-core is type-checked without the DOM or Node libraries, so that no platform API slips in.
// These are the few web-standard globals that every runtime we ship on provides
// (Chromium, Electron's renderer and workers, Node 20): declare only what the domain uses.

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** An opaque WebCrypto key: the domain only passes it back to `crypto.subtle`. */
interface CryptoKey {
  readonly type: string;
}

/** A WebCrypto algorithm and its parameters (`{ name: 'AES-GCM', iv }`, ...). */
interface SubtleAlgorithm {
  name: string;
  [parameter: string]: unknown;
}

type SubtleData = ArrayBufferView | ArrayBuffer;

declare const crypto: {
  getRandomValues<T extends ArrayBufferView>(array: T): T;
  randomUUID(): string;
  subtle: {
    digest(algorithm: string, data: SubtleData): Promise<ArrayBuffer>;
    importKey(
      format: 'raw',
      keyData: SubtleData,
      algorithm: string | SubtleAlgorithm,
      extractable: boolean,
      usages: string[],
    ): Promise<CryptoKey>;
    deriveBits(algorithm: SubtleAlgorithm, key: CryptoKey, length: number): Promise<ArrayBuffer>;
    encrypt(algorithm: SubtleAlgorithm, key: CryptoKey, data: SubtleData): Promise<ArrayBuffer>;
    decrypt(algorithm: SubtleAlgorithm, key: CryptoKey, data: SubtleData): Promise<ArrayBuffer>;
    sign(
      algorithm: string | SubtleAlgorithm,
      key: CryptoKey,
      data: SubtleData,
    ): Promise<ArrayBuffer>;
  };
};

declare const console: {
  debug(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
};
