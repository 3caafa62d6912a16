import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { briefRecap } from '../../src/plan/briefRecap.js';
import { codeLinesIn, textFrame } from '../../src/plan/textFrame.js';
import { bodyLines } from '../../src/plan/paginate.js';

function talkSlide(notes: string) {
  const { slides } = briefRecap(buildConference(parseNotes(notes, 'notes.md')));
  return slides.find((made) => made.layout === 'talk')!;
}

describe('talks noted only as code (corpus 113: every talk slide was empty)', () => {
  it('shows the first code block on the talk slide when the talk has no point', () => {
    const made = talkSlide(
      '# 컨퍼런스 2030\n\n## 1. Coroutines 입문 - 홍길동\n\n```kotlin\nlaunch { fetch() }\n```\n\n```kotlin\nrunBlocking { }\n```\n',
    );
    expect(made.items).toEqual([]);
    expect(made.body).toBe('```kotlin\nlaunch { fetch() }\n```');
  });

  it('shows a code block without a language, under a title with no speaker', () => {
    const made = talkSlide('# Conf\n\n## Shell tricks\n\n```\nls -la | wc -l\n```\n');
    expect(made.body).toBe('```\nls -la | wc -l\n```');
  });

  it('shows only the lines a talk slide holds of a long block (the session deck has it whole)', () => {
    const lines = Array.from({ length: 60 }, (_, index) => `line(${index});`);
    const made = talkSlide(`# Conf\n\n## Long code\n\n\`\`\`js\n${lines.join('\n')}\n\`\`\`\n`);
    const shown = made.body!.split('\n').slice(1, -1);
    expect(shown.length).toBeGreaterThan(3);
    // The talk slide loses two lines to the speakers line and the link.
    expect(shown.length).toBeLessThanOrEqual(codeLinesIn(bodyLines('Long code', textFrame()) - 2));
    expect(shown).toEqual(lines.slice(0, shown.length));
  });

  it('shows points, not code, when the talk has points (bullets or prose)', () => {
    expect(talkSlide('# Conf\n\n## Mixed\n\n- the point\n\n```js\nx()\n```\n').body).toBeNull();
    expect(talkSlide('# Conf\n\n## Prose\n\nA sentence. Another.\n\n```js\nx()\n```\n').body).toBeNull();
  });
});
