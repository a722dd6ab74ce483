/**
 * Packs rendered PNGs into the containers the installers want: a Windows .ico and a macOS .icns. With them
 * in assets/, electron-builder copies the icons as they are instead of converting a PNG with a helper tool it
 * would download first. Both formats may hold PNG data directly (Windows Vista+, macOS 10.7+).
 * @see https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)
 * @see https://en.wikipedia.org/wiki/Apple_Icon_Image_format
 */

export interface PngImage {
  size: number;
  png: Uint8Array;
}

/** Windows shell sizes, 256 being the largest an .ico entry can declare. */
export const icoSizes = [16, 24, 32, 48, 64, 128, 256] as const;

/** ICNS element types holding PNG data, with their pixel size (the `@2x` ones are Retina variants). */
export const icnsElements = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'ic11', size: 32 },
  { type: 'ic12', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic13', size: 256 },
  { type: 'ic08', size: 256 },
  { type: 'ic14', size: 512 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 },
] as const;

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which always comes first. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  if (png.length < 24 || pngSignature.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG image');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function encodeIco(images: readonly PngImage[]): Uint8Array {
  const headerSize = 6 + 16 * images.length;
  const total = headerSize + images.reduce((sum, image) => sum + image.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, images.length, true);
  let offset = headerSize;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    out[entry] = size >= 256 ? 0 : size; // 0 means 256
    out[entry + 1] = size >= 256 ? 0 : size;
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}

export function decodeIco(ico: Uint8Array): PngImage[] {
  const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
  if (view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1) throw new Error('not an .ico file');
  return Array.from({ length: view.getUint16(4, true) }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = view.getUint32(entry + 8, true);
    const offset = view.getUint32(entry + 12, true);
    return { size: ico[entry] || 256, png: ico.subarray(offset, offset + length) };
  });
}

export function encodeIcns(pngOfSize: (size: number) => Uint8Array): Uint8Array {
  const elements = icnsElements.map(({ type, size }) => ({ type, png: pngOfSize(size) }));
  const total = 8 + elements.reduce((sum, element) => sum + 8 + element.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const ascii = (text: string, at: number) => out.set(new TextEncoder().encode(text), at);
  ascii('icns', 0);
  view.setUint32(4, total);
  let offset = 8;
  for (const { type, png } of elements) {
    ascii(type, offset);
    view.setUint32(offset + 4, 8 + png.length);
    out.set(png, offset + 8);
    offset += 8 + png.length;
  }
  return out;
}

export function decodeIcns(icns: Uint8Array): { type: string; png: Uint8Array }[] {
  const view = new DataView(icns.buffer, icns.byteOffset, icns.byteLength);
  const text = (at: number) => new TextDecoder().decode(icns.subarray(at, at + 4));
  if (text(0) !== 'icns' || view.getUint32(4) !== icns.length) throw new Error('not an .icns file');
  const elements: { type: string; png: Uint8Array }[] = [];
  for (let offset = 8; offset < icns.length;) {
    const length = view.getUint32(offset + 4);
    elements.push({ type: text(offset), png: icns.subarray(offset + 8, offset + length) });
    offset += length;
  }
  return elements;
}
