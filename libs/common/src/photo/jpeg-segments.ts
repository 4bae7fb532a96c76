/** The segments of a JPEG before its image data: APPn (E0–EF) and COM (FE) are where metadata lives. */
export function jpegHeaderMarkers(jpeg: Buffer): number[] {
  const markers: number[] = [];
  let offset = 2; // after SOI
  while (offset + 4 <= jpeg.length) {
    if (jpeg[offset] !== 0xff) throw new Error(`not a JPEG marker at ${offset}`);
    const marker = jpeg[offset + 1];
    markers.push(marker);
    if (marker === 0xda) break; // start of scan: entropy-coded data follows
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  return markers;
}

/** APP1…APP15 and COM: EXIF, XMP, ICC, IPTC, vendor data and comments. APP0 (JFIF) only states the pixel density. */
export function jpegMetadataMarkers(jpeg: Buffer): number[] {
  return jpegHeaderMarkers(jpeg).filter((marker) => (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe);
}
