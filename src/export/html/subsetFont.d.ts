declare module 'subset-font' {
  /** Subsets a TrueType/WOFF/WOFF2 font to the glyphs of `text` (harfbuzz's hb-subset). */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2' },
  ): Promise<Buffer>;
}
