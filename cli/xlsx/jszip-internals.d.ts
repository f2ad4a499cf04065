/**
 * The two jszip 3.10 modules zip-native.ts uses that jszip's own typings do not declare: the
 * compressed-object class it builds for every part of a loaded zip, and its compression table.
 */
declare module "jszip/lib/compressedObject" {
  class CompressedObject {
    constructor(
      compressedSize: number,
      uncompressedSize: number,
      crc32: number,
      compression: { magic: string },
      data: Uint8Array,
    );
    compressedSize: number;
    uncompressedSize: number;
    crc32: number;
    compression: { magic: string };
    compressedContent: Uint8Array | string;
  }
  export = CompressedObject;
}

declare module "jszip/lib/compressions" {
  export const STORE: { magic: string };
  export const DEFLATE: { magic: string };
}

declare module "jszip/lib/crc32" {
  function crc32(input: Uint8Array | string, crc?: number): number;
  export = crc32;
}
