import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where font files are: Debian's DejaVu package first, then other common places. */
const FONT_DIRS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/TTF',
  '/usr/share/fonts/dejavu',
  '/usr/local/share/fonts',
  join(homedir(), '.local/share/fonts'),
  '/Library/Fonts',
  join(homedir(), 'Library/Fonts'),
];

/** The families the built-in themes name first, each a set of TrueType files named as the DejaVu package names them. */
const FAMILIES = ['DejaVu Sans Mono', 'DejaVu Sans', 'DejaVu Serif'];

/** The faces a deck uses: regular and bold text, and italics (`*emphasis*`); file suffixes as DejaVu spells them. */
const FACES = [
  { weight: 400, style: 'normal', suffixes: [''] },
  { weight: 700, style: 'normal', suffixes: ['-Bold'] },
  { weight: 400, style: 'italic', suffixes: ['-Oblique', '-Italic'] },
] as const;

/**
 * `@font-face` rules with the fonts the themes' CSS names, subset to the characters of `text` and
 * inlined as base64, so an HTML deck opened on a machine without DejaVu (a Mac, Windows) looks as
 * its PDF does. A family whose files are not found is left out: the browser falls back as before.
 */
export async function embeddedFonts(themeCss: string, text: string): Promise<string> {
  const used = FAMILIES.filter((family) => themeCss.includes(`'${family}'`) || themeCss.includes(`"${family}"`));
  if (used.length === 0) return '';
  const { default: subsetFont } = await import('subset-font');
  // Digits and punctuation for page numbers, whatever the text holds.
  const characters = [...new Set(`${text}0123456789 .,:;-–·…()`)].join('');
  const rules = await Promise.all(
    used.flatMap((family) =>
      FACES.map(async (face) => {
        const font = await readFont(family, face.suffixes);
        if (!font) return '';
        const subset = await subsetFont(font, characters, { targetFormat: 'truetype' });
        return `@font-face{font-family:'${family}';font-weight:${face.weight};font-style:${face.style};src:url(data:font/ttf;base64,${Buffer.from(subset).toString('base64')}) format('truetype')}`;
      }),
    ),
  );
  return rules.join('');
}

async function readFont(family: string, suffixes: readonly string[]): Promise<Buffer | null> {
  const stem = family.replace(/ /g, '');
  for (const dir of FONT_DIRS) {
    for (const suffix of suffixes) {
      const bytes = await readFile(join(dir, `${stem}${suffix}.ttf`)).catch(() => null);
      if (bytes) return bytes;
    }
  }
  return null;
}

/** The deck's HTML with the font rules in its head (after marp-cli's template, which stays as it is). */
export function withFonts(html: string, fontCss: string): string {
  if (!fontCss) return html;
  const head = html.indexOf('</head>');
  return head === -1 ? html : `${html.slice(0, head)}<style>${fontCss}</style>${html.slice(head)}`;
}
