import { describe, expect, it } from 'vitest';
import { dashHandleSpeakers, handleSpeakers, MIN_DASH_NAMED } from '../../src/model/speakers/dashHandles.js';

/** Two lines that name their speakers after a dash, then `line`: what `line` reads as. */
const withNamedLines = (line: string) =>
  dashHandleSpeakers(['Open Source Job Board - Sammy Fung', 'Saving the Game Industry - Johnson Lin', line])[2];

const handle = (title: string, name: string) => ({ title, speakers: [{ name, org: null }] });

describe('dashHandleSpeakers: one word after a dash in a list that names speakers after dashes', () => {
  it('reads a handle, with spaces around the line or after the dash', () => {
    expect(withNamedLines('iHaskell - carlsu')).toEqual(handle('iHaskell', 'carlsu'));
    expect(withNamedLines('  iHaskell   —  carlsu ')).toEqual(handle('iHaskell', 'carlsu'));
    expect(withNamedLines('案例分享 - 雨蒼')).toEqual(handle('案例分享', '雨蒼'));
  });

  it('leaves a line whose speaker is read already, or with several words after the dash', () => {
    expect(withNamedLines('Fast Builds - 한정수')).toBeNull();
    expect(withNamedLines('Rust Belt - carlsu rocks')).toBeNull();
    expect(withNamedLines('Fast Builds - jean-luc')).toBeNull();
    expect(withNamedLines('Fast Builds - c')).toBeNull();
  });

  it('refuses an acronym, a word with no letter, and a word of titles', () => {
    expect(withNamedLines('Storage - AWS')).toBeNull();
    expect(withNamedLines('Storage - J.R')).toBeNull();
    expect(withNamedLines('Storage - 2024')).toBeNull();
    expect(withNamedLines('Kubernetes - intro')).toBeNull();
    // Capitals only at one end are not an acronym.
    expect(withNamedLines('Storage - yuTIN')).toEqual(handle('Storage', 'yuTIN'));
    expect(withNamedLines('Storage - AWSome')).toEqual(handle('Storage', 'AWSome'));
  });

  it(`needs ${MIN_DASH_NAMED} lines naming a speaker of more than one word after a dash`, () => {
    expect(dashHandleSpeakers(['Open Source Job Board - Sammy Fung', 'iHaskell - carlsu'])).toEqual([null, null]);
    // One-word names (read from their script) do not count.
    expect(dashHandleSpeakers(['Fast Builds - 한정수', 'Slow Builds - 민우석', 'iHaskell - carlsu'])).toEqual([
      null,
      null,
      null,
    ]);
    expect(dashHandleSpeakers(['Job Board (Sammy Fung)', 'Game Industry (Johnson Lin)', 'iHaskell - carlsu'])).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('handleSpeakers: a lone word after a dash or after "by", each weighed over all the lines', () => {
  it('reads the dash where other lines end "- Jane Roe", "by" where they end "by Jane Roe"', () => {
    expect(handleSpeakers(['Job Board - Sammy Fung', 'Game Industry - Johnson Lin', 'iHaskell - carlsu'])[2]).toEqual(
      handle('iHaskell', 'carlsu'),
    );
    expect(
      handleSpeakers(['Readonly classes by Jane Roe', 'Choosing tools by Kenji Kubota', 'Typen by 玉'])[2],
    ).toEqual(handle('Typen', '玉'));
  });

  it('reads no handle at the end of a name, a role and a company ("Ann Lee – CTO – Acme")', () => {
    expect(
      handleSpeakers(['Job Board - Sammy Fung', 'Game Industry - Johnson Lin', 'Ann Lee – CTO – Acme'])[2],
    ).toBeNull();
  });
});
