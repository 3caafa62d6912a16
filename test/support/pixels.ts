import { execFile } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { tempDir } from './cli.js';

export type Rgb = [number, number, number];

/** A PNG of one colour, made here so tests need no image files. */
export function solidPng(width: number, height: number, [r, g, b]: Rgb): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** How many pixels of a PDF page (1-based; `'all'`: of every page), rendered by poppler's pdftoppm, are within 40 of `colour`. */
export async function countPixels(pdf: string, page: number | 'all', colour: Rgb): Promise<number> {
  const dir = await tempDir('recapdeck-pixels-');
  try {
    const pages = page === 'all' ? [] : ['-f', String(page), '-l', String(page)];
    await new Promise<void>((resolve, reject) =>
      execFile('pdftoppm', ['-r', '30', ...pages, pdf, join(dir, 'page')], (error) =>
        error ? reject(error) : resolve(),
      ),
    );
    let count = 0;
    for (const file of await readdir(dir)) {
      const ppm = await readFile(join(dir, file));
      // P6 header: magic, width, height, maximum value, each followed by one whitespace byte.
      const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
      for (let offset = header[0].length; offset + 2 < ppm.length; offset += 3) {
        if (
          Math.abs(ppm[offset]! - colour[0]) +
            Math.abs(ppm[offset + 1]! - colour[1]) +
            Math.abs(ppm[offset + 2]! - colour[2]) <
          40
        )
          count++;
      }
    }
    return count;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every page of a PDF as poppler's pdftoppm draws it (PPM bytes, in page order): equal bytes, equal pages. */
export async function renderPages(pdf: string): Promise<Buffer[]> {
  const dir = await tempDir('recapdeck-pages-');
  try {
    await new Promise<void>((resolve, reject) =>
      execFile('pdftoppm', ['-r', '30', pdf, join(dir, 'page')], (error) => (error ? reject(error) : resolve())),
    );
    const files = (await readdir(dir)).sort(
      (a, b) => Number(/(\d+)\.ppm$/.exec(a)![1]) - Number(/(\d+)\.ppm$/.exec(b)![1]),
    );
    return Promise.all(files.map((file) => readFile(join(dir, file))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
